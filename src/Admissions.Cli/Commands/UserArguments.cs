using System.Text.RegularExpressions;
using Admissions.Domain.Staff;

namespace Admissions.Cli.Commands;

/// <summary>The parsed options of <c>admissions user add|disable|enable|password</c>.</summary>
internal sealed partial record UserArguments(string Username, StaffRole? Role, string? ScopeCode, string? DisplayName)
{
    /// <summary>
    /// Parses the options of one subcommand. Only <c>add</c> takes <c>--role</c>, <c>--school</c>, <c>--ward</c> and
    /// <c>--name</c>; every subcommand needs <c>--username</c>.
    /// </summary>
    public static bool TryParse(string subcommand, string[] arguments, out UserArguments parsed, out string error)
    {
        parsed = new UserArguments("", null, null, null);
        error = "";
        var isAdd = subcommand == "add";
        var values = new Dictionary<string, string>(StringComparer.Ordinal);

        for (var i = 0; i < arguments.Length; i++)
        {
            var option = arguments[i];
            var allowed = option == "--username" || (isAdd && option is "--role" or "--school" or "--ward" or "--name");
            if (!allowed)
            {
                error = option.StartsWith("--", StringComparison.Ordinal)
                    ? $"Unknown option '{option}' for user {subcommand}."
                    : $"Unexpected argument '{option}' for user {subcommand}; options take a value, for example --username truong.hoasen.";
                return false;
            }

            if (i + 1 >= arguments.Length)
            {
                error = $"Option {option} needs a value.";
                return false;
            }

            if (!values.TryAdd(option, arguments[++i]))
            {
                error = $"Option {option} is given twice.";
                return false;
            }
        }

        if (!values.TryGetValue("--username", out var username))
        {
            error = $"user {subcommand} needs --username NAME.";
            return false;
        }

        if (!UsernamePattern().IsMatch(username))
        {
            error = $"Invalid username '{username}': use 3 to 64 characters among lowercase letters a-z, digits, '.', '_' and '-'.";
            return false;
        }

        if (!isAdd)
        {
            parsed = new UserArguments(username, null, null, null);
            return true;
        }

        if (!TryParseScope(values, out var role, out var scopeCode, out error))
        {
            return false;
        }

        values.TryGetValue("--name", out var displayName);
        parsed = new UserArguments(username, role, scopeCode, displayName);
        return true;
    }

    private static bool TryParseScope(Dictionary<string, string> values, out StaffRole role, out string? scopeCode, out string error)
    {
        role = default;
        scopeCode = null;
        error = "";
        values.TryGetValue("--school", out var school);
        values.TryGetValue("--ward", out var ward);

        switch (values.GetValueOrDefault("--role"))
        {
            case null:
                error = "user add needs --role school, --role ward or --role department.";
                return false;
            case "school" when school is not null && ward is null:
                role = StaffRole.School;
                scopeCode = school;
                return true;
            case "school":
                error = "A school account needs --school CODE (the preschool code) and no --ward.";
                return false;
            case "ward" when ward is not null && school is null:
                role = StaffRole.Ward;
                scopeCode = ward;
                return true;
            case "ward":
                error = "A ward account needs --ward CODE (the ward or commune code) and no --school.";
                return false;
            case "department" when school is null && ward is null:
                role = StaffRole.Department;
                return true;
            case "department":
                error = "A department account covers the whole city, so it takes neither --school nor --ward.";
                return false;
            case var other:
                error = $"Unknown role '{other}': use school, ward or department.";
                return false;
        }
    }

    [GeneratedRegex("^[a-z0-9._-]{3,64}$")]
    private static partial Regex UsernamePattern();
}
