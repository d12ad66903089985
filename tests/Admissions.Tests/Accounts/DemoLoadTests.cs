using Admissions.Data.Staff;
using Admissions.Domain.Staff;
using Admissions.Tests.Deadline;
using Dapper;

namespace Admissions.Tests.Accounts;

/// <summary>
/// <c>admissions demo load</c> on an empty database of its own: the simulated activity, the untouched sample pairs and
/// the demo staff accounts, and that a second run adds nothing.
/// </summary>
public sealed class DemoLoadTests : IAsyncLifetime
{
    private const int DossierCount = 3000;

    private ScratchDatabase database = default!;

    public async Task InitializeAsync() => database = await ScratchDatabase.CreateAsync("demo");

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task DemoLoad_SimulatesActivityOnce()
    {
        var first = await RunDemoLoadAsync();
        var afterFirst = await CountsAsync();
        var second = await RunDemoLoadAsync();
        var afterSecond = await CountsAsync();

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(first.Output, second.Output);
        Assert.Equal(afterFirst, afterSecond);

        Assert.InRange(afterFirst.Confirmed, DossierCount * 55 / 100, DossierCount * 65 / 100);
        Assert.Equal(afterFirst.Confirmed + afterFirst.ConfirmedBeforeCorrection, afterFirst.Confirmations);
        Assert.InRange(afterFirst.OpenCorrections, 1, DossierCount * 3 / 100);
        Assert.Equal(afterFirst.OpenCorrections, afterFirst.CorrectionRequested);
        Assert.InRange(afterFirst.WrongBirthDates, 1, DossierCount * 10 / 100);
        Assert.InRange(afterFirst.ConfirmationDays, 9, 11);
    }

    [Fact]
    public async Task DemoLoad_PrintsUntouchedPairsAndAccounts()
    {
        var result = await RunDemoLoadAsync();
        var blocks = result.Output.TrimEnd('\n').Split("\n\n");
        var pairs = blocks[0].Split('\n');
        var accountLines = blocks[1].Split('\n');

        Assert.Equal(2, blocks.Length);
        Assert.Equal(3, pairs.Length);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        foreach (var pair in pairs)
        {
            var nationalId = pair.Split("  ")[0];
            var status = await connection.ExecuteScalarAsync<string>("SELECT status FROM dossiers WHERE national_id = @NationalId", new { NationalId = nationalId });
            var lookups = await connection.ExecuteScalarAsync<long>(
                "SELECT count(*) FROM lookup_audit a JOIN dossiers d ON d.id = a.dossier_id WHERE d.national_id = @NationalId", new { NationalId = nationalId });
            Assert.Equal("not_looked_up", status);
            Assert.Equal(0, lookups);
        }

        Assert.Equal(3, accountLines.Length);
        Assert.StartsWith("truong.demo  tuyensinh-demo  ", accountLines[0]);
        Assert.StartsWith("phuong.demo  tuyensinh-demo  ", accountLines[1]);
        Assert.StartsWith("so.demo  tuyensinh-demo  ", accountLines[2]);
    }

    [Fact]
    public async Task DemoAccounts_ResetToFirstPairSchool()
    {
        var result = await RunDemoLoadAsync();
        var firstId = result.Output.Split('\n')[0].Split("  ")[0];
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var dossier = await connection.QuerySingleAsync<(string PreschoolCode, string WardCode)>(
            """
            SELECT d.preschool_code, p.ward_code FROM dossiers d JOIN preschools p ON p.code = d.preschool_code WHERE d.national_id = @NationalId
            """,
            new { NationalId = firstId });
        var accounts = new StaffAccountRepository(database.DataSource);
        await accounts.SetPasswordAsync("truong.demo", StaffPasswords.Hash("doi-mat-khau-khac"), CancellationToken.None);
        await accounts.SetDisabledAsync("so.demo", disabled: true, CancellationToken.None);

        await RunDemoLoadAsync();
        var school = await accounts.FindByUsernameAsync("truong.demo", CancellationToken.None);
        var ward = await accounts.FindByUsernameAsync("phuong.demo", CancellationToken.None);
        var department = await accounts.FindByUsernameAsync("so.demo", CancellationToken.None);

        Assert.Equal(new StaffScope(StaffRole.School, dossier.PreschoolCode), school?.Scope);
        Assert.Equal(new StaffScope(StaffRole.Ward, dossier.WardCode), ward?.Scope);
        Assert.Equal(new StaffScope(StaffRole.Department, null), department?.Scope);
        Assert.True(StaffPasswords.Verify(school!, "tuyensinh-demo"));
        Assert.True(StaffPasswords.Verify(ward!, "tuyensinh-demo"));
        Assert.Null(department?.DisabledAt);
    }

    private Task<CliResult> RunDemoLoadAsync() =>
        CliRunner.RunAsync(["demo", "load", "--count", DossierCount.ToString(System.Globalization.CultureInfo.InvariantCulture)], connectionString: database.ConnectionString);

    private async Task<ActivityCounts> CountsAsync()
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<ActivityCounts>(
            """
            SELECT (SELECT count(*) FROM dossiers WHERE status = 'confirmed') AS Confirmed,
                   (SELECT count(*) FROM dossiers WHERE status = 'correction_requested') AS CorrectionRequested,
                   (SELECT count(*) FROM correction_requests WHERE status = 'open' AND previous_status = 'confirmed') AS ConfirmedBeforeCorrection,
                   (SELECT count(*) FROM correction_requests WHERE status = 'open') AS OpenCorrections,
                   (SELECT count(*) FROM confirmations) AS Confirmations,
                   (SELECT count(DISTINCT (confirmed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) FROM confirmations) AS ConfirmationDays,
                   (SELECT count(*) FROM lookup_audit WHERE outcome = 'wrong_birth_date') AS WrongBirthDates,
                   (SELECT count(*) FROM dossier_history) AS HistoryRows
            """);
    }

    private sealed record ActivityCounts
    {
        public long Confirmed { get; init; }

        public long CorrectionRequested { get; init; }

        public long ConfirmedBeforeCorrection { get; init; }

        public long OpenCorrections { get; init; }

        public long Confirmations { get; init; }

        public long ConfirmationDays { get; init; }

        public long WrongBirthDates { get; init; }

        public long HistoryRows { get; init; }
    }
}
