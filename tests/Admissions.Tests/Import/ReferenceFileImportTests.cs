using System.Text;
using Admissions.Data.Import;
using Admissions.Tests.Infrastructure;
using nietras.SeparatedValues;

namespace Admissions.Tests.Import;

/// <summary>
/// Imports the shared reference file once into the test database. Its IDs are fixed, so a database that
/// already contains them from an earlier run reports them as unchanged instead of inserted. The assertions
/// are true in both cases.
/// </summary>
public sealed class ReferenceFileImportFixture : IAsyncLifetime
{
    private readonly ImportTestContext context = new();

    public ImportCompleted Result { get; private set; } = null!;

    /// <summary>The report rows keyed by line number.</summary>
    public IReadOnlyDictionary<int, (string MaskedId, string Result, string Reason)> Report { get; private set; } = null!;

    public string ReportPath { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var csvPath = Path.Combine(context.Directory, "reference-dossiers.csv");
        File.Copy(TestEnvironment.ReferenceDossiersPath, csvPath);
        Result = await context.ImportCompletedAsync(csvPath);
        ReportPath = Result.ReportPath;

        var rows = new Dictionary<int, (string, string, string)>();
        using var reader = Sep.New(',').Reader(options => options with { Unescape = true }).FromFile(ReportPath);
        foreach (var row in reader)
        {
            rows.Add(int.Parse(row["Dòng"].ToString(), System.Globalization.CultureInfo.InvariantCulture), (row["Mã định danh"].ToString(), row["Kết quả"].ToString(), row["Lý do"].ToString()));
        }

        Report = rows;
    }

    public Task DisposeAsync()
    {
        context.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class ReferenceFileImportTests(ReferenceFileImportFixture fixture) : IClassFixture<ReferenceFileImportFixture>
{
    [Fact]
    public void Import_ReferenceFile_CountsEveryLine()
    {
        Assert.Equal(19, fixture.Result.Read);
        Assert.Equal(7, fixture.Result.Rejected);
        Assert.Equal(5, fixture.Result.Warnings);
        Assert.Equal(12, fixture.Result.Inserted + fixture.Result.Updated + fixture.Result.Unchanged);
    }

    [Fact]
    public async Task Import_ReferenceFileAgain_ChangesNothing()
    {
        using var context = new ImportTestContext();
        var csvPath = Path.Combine(context.Directory, "again.csv");
        File.Copy(TestEnvironment.ReferenceDossiersPath, csvPath);

        var again = await context.ImportCompletedAsync(csvPath);

        Assert.Equal(12, again.Unchanged);
        Assert.Equal(0, again.Inserted);
        Assert.Equal(0, again.Updated);
        Assert.Empty(again.UpdatedNationalIds);
    }

    [Theory]
    [MemberData(nameof(ReferenceDossierCases.Lines), MemberType = typeof(ReferenceDossierCases))]
    public async Task Import_ReferenceLine_IsStoredAsExpected(int line)
    {
        var expected = ReferenceDossierCases.ForLine(line);
        var stored = expected.StoredId is null ? null : await ImportTestContext.FindStoredAsync(expected.StoredId);

        switch (expected.Outcome)
        {
            case ReferenceOutcome.Imported:
                Assert.NotNull(stored);
                Assert.Empty(stored.Warnings);
                break;
            case ReferenceOutcome.ImportedWithWarning:
                Assert.NotNull(stored);
                Assert.Equal([expected.Message!], stored.Warnings);
                break;
            case ReferenceOutcome.Rejected when line == ReferenceDossierCases.DuplicateLine:
                Assert.Equal("Nguyễn Minh Khang", stored?.FullName);
                break;
            default:
                Assert.Null(stored);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(ReferenceDossierCases.Lines), MemberType = typeof(ReferenceDossierCases))]
    public void Import_ReferenceLine_IsReportedAsExpected(int line)
    {
        var expected = ReferenceDossierCases.ForLine(line);
        var reported = fixture.Report.TryGetValue(line, out var row);

        switch (expected.Outcome)
        {
            case ReferenceOutcome.Imported:
                Assert.False(reported);
                break;
            case ReferenceOutcome.ImportedWithWarning:
                Assert.True(reported);
                Assert.Equal("Đã nhập, có cảnh báo", row.Result);
                Assert.Equal(expected.Message, row.Reason);
                break;
            default:
                Assert.True(reported);
                Assert.Equal("Từ chối", row.Result);
                Assert.Equal(expected.Message, row.Reason);
                break;
        }
    }

    [Fact]
    public void Report_Ids_AreMasked()
    {
        Assert.Equal("079******106", fixture.Report[7].MaskedId);
        Assert.Equal("079*****011", fixture.Report[12].MaskedId);
        Assert.All(fixture.Report.Values, row => Assert.Contains("***", row.MaskedId));
    }

    [Fact]
    public void Report_File_IsUtf8WithByteOrderMark()
    {
        var start = File.ReadAllBytes(fixture.ReportPath)[..3];

        Assert.Equal(Encoding.UTF8.GetPreamble(), start);
    }

    [Fact]
    public async Task Import_Line3InNfd_IsStoredInNfc()
    {
        var stored = await ImportTestContext.FindStoredAsync("079321000102");

        Assert.Equal("Trần Ngọc Bảo Hân", stored?.FullName);
        Assert.Equal("female", stored?.Sex);
        Assert.Equal("45/7 Đường số 3, Phường Tân Định", stored?.CurrentResidence);
    }

    [Fact]
    public async Task Import_Line4_IsStoredNormalised()
    {
        var stored = await ImportTestContext.FindStoredAsync("079221000103");

        Assert.Equal("Lê Hoàng Phúc", stored?.FullName);
        Assert.Equal("male", stored?.Sex);
        Assert.Equal("0935222333", stored?.FatherPhone);
        Assert.Equal("2021-07-09", stored?.BirthDate);
        Assert.Equal("\"Chung cư A, lô B\", 99 Nguyễn Huệ", stored?.CurrentResidence);
    }

    [Fact]
    public async Task Import_Line5_KeepsToneMarksAndStoresTheLandline()
    {
        var stored = await ImportTestContext.FindStoredAsync("079321000104");

        Assert.Equal("Phạm Thị Thuý Hoà", stored?.FullName);
        Assert.Equal("02838221234", stored?.MotherPhone);
    }

    [Fact]
    public async Task Import_Line10_StoresTheTemporaryCode()
    {
        var stored = await ImportTestContext.FindStoredAsync("TMP000000109");

        Assert.Equal("Ngô Bảo Ngọc", stored?.FullName);
    }

    [Fact]
    public async Task Import_Line11_StoresNoFatherPhone()
    {
        var stored = await ImportTestContext.FindStoredAsync("079321000110");

        Assert.Null(stored?.FatherPhone);
        Assert.Equal("0909000110", stored?.MotherPhone);
    }

    [Fact]
    public async Task Import_Line20_StoresMarkupAsText()
    {
        var stored = await ImportTestContext.FindStoredAsync("079321000119");

        Assert.Equal("<script>alert(1)</script> 10 Lê Duẩn", stored?.CurrentResidence);
        Assert.Equal("Trường Mầm non <b>Tuổi Thơ</b> & 'Bé Ngoan'", stored?.PreschoolName);
    }

    [Fact]
    public async Task Import_ReferenceFile_IsRecordedInImportRuns()
    {
        var rowsRead = await ImportTestContext.ScalarAsync<int>(
            "SELECT rows_read FROM import_runs WHERE id = @Id AND finished_at IS NOT NULL", new { Id = fixture.Result.RunId });

        Assert.Equal(19, rowsRead);
    }
}
