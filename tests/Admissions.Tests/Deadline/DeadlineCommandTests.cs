using Admissions.Tests.Accounts;
using Admissions.Tests.Infrastructure;
using Dapper;

namespace Admissions.Tests.Deadline;

/// <summary>
/// <c>admissions deadline</c> run as a process. Each test has a database of its own, because the command moves every
/// dossier of the database it runs on.
/// </summary>
public sealed class DeadlineCommandTests : IAsyncLifetime
{
    /// <summary>A window that closed before any test runs.</summary>
    private static readonly Dictionary<string, string> ClosedWindow = new() { ["Season__ConfirmationCloses"] = "2026-01-01T00:00:00" };

    /// <summary>A window that closes after any test runs.</summary>
    private static readonly Dictionary<string, string> OpenWindow = new() { ["Season__ConfirmationCloses"] = "2099-12-31T23:59:59" };

    private ScratchDatabase database = default!;

    public async Task InitializeAsync() => database = await ScratchDatabase.CreateAsync("deadline");

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task AfterClose_MovesOnlyOpenDossiers()
    {
        var ids = await InsertOnePerStatusAsync();

        var result = await RunAsync([], ClosedWindow);
        var statuses = await StatusesAsync();
        var history = await DeadlineHistoryAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("accepted_at_deadline", statuses[ids["not_looked_up"]]);
        Assert.Equal("accepted_at_deadline", statuses[ids["looked_up"]]);
        Assert.Equal("accepted_at_deadline", statuses[ids["changed_awaiting_confirmation"]]);
        Assert.Equal("confirmed", statuses[ids["confirmed"]]);
        Assert.Equal("correction_requested", statuses[ids["correction_requested"]]);
        Assert.Equal("accepted_at_deadline", statuses[ids["accepted_at_deadline"]]);

        Assert.Equal(3, history.Count);
        Assert.All(history, row => Assert.Equal("deadline", row.Actor));
        Assert.All(history, row => Assert.Equal("accepted_at_deadline", row.ToStatus));
        Assert.Equal(
            ["changed_awaiting_confirmation", "looked_up", "not_looked_up"],
            history.Select(row => row.FromStatus ?? "").Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(ids["changed_awaiting_confirmation"], history.Single(row => row.FromStatus == "changed_awaiting_confirmation").DossierId);
        Assert.Equal(2, history.Single(row => row.FromStatus == "changed_awaiting_confirmation").DataVersion);
    }

    [Fact]
    public async Task AfterClose_PrintsCountsInVietnamese()
    {
        await InsertOnePerStatusAsync();
        await InsertAsync("not_looked_up");

        var result = await RunAsync([], ClosedWindow);

        Assert.Contains("Chuyển 4 hồ sơ sang trạng thái “Mặc nhiên chấp nhận khi hết hạn”", result.Output);
        Assert.Contains("  - Chưa tra cứu: 2", result.Output);
        Assert.Contains("  - Đã tra cứu, chưa xác nhận: 1", result.Output);
        Assert.Contains("  - Đã điều chỉnh, chờ xác nhận lại: 1", result.Output);
        Assert.Contains("Giữ nguyên 1 hồ sơ “Đã đề nghị điều chỉnh”", result.Output);
    }

    [Fact]
    public async Task BeforeClose_RefusesAndChangesNothing()
    {
        var ids = await InsertOnePerStatusAsync();

        var result = await RunAsync([], OpenWindow);
        var statuses = await StatusesAsync();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Chưa hết thời gian xác nhận", result.Errors);
        Assert.Contains("31/12/2099 23:59", result.Errors);
        Assert.Contains("--force", result.Errors);
        Assert.Equal("not_looked_up", statuses[ids["not_looked_up"]]);
        Assert.Empty(await DeadlineHistoryAsync());
    }

    [Fact]
    public async Task BeforeClose_WithForce_Runs()
    {
        var ids = await InsertOnePerStatusAsync();

        var result = await RunAsync(["--force"], OpenWindow);
        var statuses = await StatusesAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("accepted_at_deadline", statuses[ids["looked_up"]]);
    }

    [Fact]
    public async Task At_IsRecordedAsVietnamTime()
    {
        var id = await InsertAsync("looked_up");

        var result = await RunAsync(["--at", "2026-06-30T23:59:59"], ClosedWindow);
        var row = Assert.Single(await DeadlineHistoryAsync());
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var changedAt = await connection.ExecuteScalarAsync<DateTime>("SELECT status_changed_at FROM dossiers WHERE id = @Id", new { Id = id });

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new DateTime(2026, 6, 30, 16, 59, 59, DateTimeKind.Utc), row.At);
        Assert.Equal(row.At, changedAt);
        Assert.Contains("30/06/2026 23:59", row.Reason);
        Assert.Contains("Đã chốt hồ sơ lúc 30/06/2026 23:59", result.Output);
    }

    [Fact]
    public async Task At_BeforeClose_IsRefusedWithoutForce()
    {
        await InsertAsync("looked_up");

        var result = await RunAsync(["--at", "2025-12-31T23:00"], ClosedWindow);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(await DeadlineHistoryAsync());
    }

    [Theory]
    [InlineData("--at", "2099-01-01T00:00")]
    [InlineData("--at", "01/05/2027")]
    [InlineData("--at", "2027-05-01T00:00+07:00")]
    [InlineData("--at")]
    [InlineData("--now")]
    public async Task InvalidArguments_ExitWithUsageError(params string[] arguments)
    {
        await InsertAsync("looked_up");

        var result = await RunAsync(arguments, ClosedWindow);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage: admissions", result.Errors);
        Assert.Empty(await DeadlineHistoryAsync());
    }

    [Fact]
    public async Task SecondRun_MovesNothingMore()
    {
        await InsertOnePerStatusAsync();
        await RunAsync([], ClosedWindow);

        var second = await RunAsync([], ClosedWindow);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Chuyển 0 hồ sơ", second.Output);
        Assert.Equal(3, (await DeadlineHistoryAsync()).Count);
    }

    [Fact]
    public async Task Deadline_DropsCachedDossiers()
    {
        var nationalId = TestIds.NewCitizenId();
        await InsertAsync("not_looked_up", nationalId);
        await using var app = await WebAppProcess.StartAsync(new Dictionary<string, string> { ["Database__ConnectionString"] = database.ConnectionString });
        using (var before = new ParentClient(app.BaseAddress))
        {
            // Opening the dossier page stores the looked_up dossier in Redis.
            await before.LookupAsync(nationalId, "14/03/2021");
            Assert.Contains("Đã tra cứu, chưa xác nhận", (await before.GetDocumentAsync("/ho-so")).QuerySelector("[role=status]")?.TextContent);
        }

        await RunAsync([], ClosedWindow);
        using var after = new ParentClient(app.BaseAddress);
        await after.LookupAsync(nationalId, "14/03/2021");
        var page = await after.GetDocumentAsync("/ho-so");

        Assert.Contains("Mặc nhiên chấp nhận khi hết hạn", page.QuerySelector("[role=status]")?.TextContent);
        Assert.Null(page.QuerySelector("#confirm-form"));
    }

    private Task<CliResult> RunAsync(string[] arguments, IReadOnlyDictionary<string, string> settings) =>
        CliRunner.RunAsync(["deadline", .. arguments], connectionString: database.ConnectionString, settings: settings);

    /// <summary>Inserts one dossier in each of the six statuses; the changed one is at data version 2.</summary>
    private async Task<Dictionary<string, long>> InsertOnePerStatusAsync()
    {
        var ids = new Dictionary<string, long>();
        foreach (var status in new[] { "not_looked_up", "looked_up", "confirmed", "correction_requested", "changed_awaiting_confirmation", "accepted_at_deadline" })
        {
            ids[status] = await InsertAsync(status);
        }

        return ids;
    }

    private async Task<long> InsertAsync(string status, string? nationalId = null)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO dossiers (national_id, full_name, birth_date, sex, nationality, current_residence, ward_code,
                                  preschool_code, preschool_name, preschool_class, content_hash, status, data_version)
            VALUES (@NationalId, 'Trịnh Hạn Chót', DATE '2021-03-14', 'male', 'Việt Nam', '7 Đường Thử', '70101063',
                    'MN-HAN-01', 'Trường Mầm non Hạn Chót', 'Lá 1', '\x00', @Status,
                    CASE WHEN @Status = 'changed_awaiting_confirmation' THEN 2 ELSE 1 END)
            RETURNING id
            """,
            new { NationalId = nationalId ?? TestIds.NewCitizenId(), Status = status });
    }

    private async Task<Dictionary<long, string>> StatusesAsync()
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(long Id, string Status)>("SELECT id, status FROM dossiers");
        return rows.ToDictionary(row => row.Id, row => row.Status);
    }

    private async Task<List<HistoryRow>> DeadlineHistoryAsync()
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<HistoryRow>(
            """
            SELECT dossier_id AS DossierId, at, actor, from_status AS FromStatus, to_status AS ToStatus, data_version AS DataVersion, reason
            FROM dossier_history WHERE actor = 'deadline' ORDER BY id
            """);
        return rows.AsList();
    }

    private sealed record HistoryRow
    {
        public long DossierId { get; init; }

        public DateTime At { get; init; }

        public string Actor { get; init; } = "";

        public string? FromStatus { get; init; }

        public string ToStatus { get; init; } = "";

        public int DataVersion { get; init; }

        public string? Reason { get; init; }
    }
}
