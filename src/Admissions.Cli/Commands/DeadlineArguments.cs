using System.Globalization;

namespace Admissions.Cli.Commands;

/// <summary>The options of <c>admissions deadline</c>.</summary>
/// <param name="At">The local time in Asia/Ho_Chi_Minh to record, or null for now.</param>
/// <param name="Force">Whether to run before the configured end of the confirmation window.</param>
internal sealed record DeadlineArguments(DateTime? At, bool Force)
{
    private static readonly string[] LocalTimeFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    public static bool TryParse(string[] arguments, out DeadlineArguments parsed, out string error)
    {
        parsed = new DeadlineArguments(null, false);
        error = "";
        for (var i = 0; i < arguments.Length; i++)
        {
            switch (arguments[i])
            {
                case "--force":
                    parsed = parsed with { Force = true };
                    break;
                case "--at" when i + 1 < arguments.Length:
                    var value = arguments[++i];
                    if (!DateTime.TryParseExact(value, LocalTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
                    {
                        error = $"--at must be a local time such as 2027-05-01T00:00 (Asia/Ho_Chi_Minh, no offset), not '{value}'.";
                        return false;
                    }

                    parsed = parsed with { At = at };
                    break;
                case "--at":
                    error = "Option --at needs a local time such as 2027-05-01T00:00.";
                    return false;
                default:
                    error = $"Unknown argument '{arguments[i]}' for deadline.";
                    return false;
            }
        }

        return true;
    }
}
