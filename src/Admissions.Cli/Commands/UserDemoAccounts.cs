using Admissions.Data.Staff;
using Admissions.Domain.Staff;
using Dapper;
using Microsoft.Extensions.Logging;

namespace Admissions.Cli.Commands;

/// <summary>
/// The staff accounts of a local demonstration, one per role: the school of a sample dossier, the ward where that
/// school is located, and the Department. Each run of <c>demo load</c> creates the missing ones and sets the demo
/// password on all three, so the printed password always works.
/// </summary>
internal static partial class UserDemoAccounts
{
    /// <summary>The password of every demo account. Local demonstrations only: it is printed and stored in the README.</summary>
    public const string Password = "tuyensinh-demo";

    public const string SchoolUsername = "truong.demo";

    public const string WardUsername = "phuong.demo";

    public const string DepartmentUsername = "so.demo";

    // The school's location comes from refresh_preschools(). Before that has run, the child's own ward is used instead.
    private const string FindSampleSchoolSql = """
        SELECT d.preschool_code AS SchoolCode, d.preschool_name AS SchoolName, w.code AS WardCode, w.name AS WardName
        FROM dossiers d
        LEFT JOIN preschools p ON p.code = d.preschool_code
        JOIN wards w ON w.code = coalesce(p.ward_code, d.ward_code)
        WHERE d.national_id = @NationalId
        """;

    /// <summary>
    /// Creates or resets the three accounts for the school of the dossier <paramref name="sampleNationalId"/> and
    /// returns one line per account: username, password, and the school, ward or Department in Vietnamese.
    /// </summary>
    public static async Task<IReadOnlyList<string>> EnsureAsync(CliContext context, string sampleNationalId, CancellationToken cancellationToken)
    {
        SampleSchool school;
        await using (var connection = await context.DataSource.OpenConnectionAsync(cancellationToken))
        {
            school = await connection.QuerySingleAsync<SampleSchool>(
                new CommandDefinition(FindSampleSchoolSql, new { NationalId = sampleNationalId }, cancellationToken: cancellationToken));
        }

        var accounts = new StaffAccountRepository(context.DataSource);
        var logger = context.Logger("Admissions.Demo");
        var hash = StaffPasswords.Hash(Password);
        var wanted = new[]
        {
            (SchoolUsername, new StaffScope(StaffRole.School, school.SchoolCode), school.SchoolName),
            (WardUsername, new StaffScope(StaffRole.Ward, school.WardCode), school.WardName),
            (DepartmentUsername, new StaffScope(StaffRole.Department, null), StaffScope.RoleToVietnamese(StaffRole.Department)),
        };

        var lines = new List<string>(wanted.Length);
        foreach (var (username, scope, displayName) in wanted)
        {
            if (await accounts.CreateAsync(username, hash, scope, displayName, cancellationToken) == CreateStaffAccountResult.Created)
            {
                DemoAccountCreated(logger, username);
            }
            else
            {
                await accounts.SetPasswordAsync(username, hash, cancellationToken);
                await accounts.SetDisabledAsync(username, disabled: false, cancellationToken);
            }

            var stored = await accounts.FindByUsernameAsync(username, cancellationToken)
                ?? throw new InvalidOperationException($"Demo account {username} vanished after it was created.");
            lines.Add(Describe(stored));
        }

        return lines;
    }

    private static string Describe(StaffAccount account)
    {
        var place = account.Scope.Role switch
        {
            StaffRole.School => $"{account.DisplayName}, mã trường {account.ScopeCode}",
            StaffRole.Ward => $"{account.DisplayName}, mã phường/xã {account.ScopeCode}",
            _ => $"{account.DisplayName}, toàn thành phố",
        };
        return $"{account.Username}  {Password}  {place}";
    }

    private sealed record SampleSchool
    {
        public string SchoolCode { get; init; } = "";

        public string SchoolName { get; init; } = "";

        public string WardCode { get; init; } = "";

        public string WardName { get; init; } = "";
    }

    [LoggerMessage(EventId = 1204, Level = LogLevel.Information, Message = "Created demo staff account {Username}")]
    private static partial void DemoAccountCreated(ILogger logger, string username);
}
