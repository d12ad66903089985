using Admissions.Domain.Import;
using nietras.SeparatedValues;

namespace Admissions.Tests.Import;

/// <summary>Shapes of the file that the format allows: encodings, line endings, header spelling, quoting.</summary>
public sealed class CsvFormatTests : IDisposable
{
    private readonly ImportTestContext context = new();

    public void Dispose() => context.Dispose();

    private static List<(string Line, string Result, string Reason)> ReadReport(string reportPath)
    {
        using var reader = Sep.New(',').Reader(options => options with { Unescape = true }).FromFile(reportPath);
        return reader.Enumerate(row => (row["Dòng"].ToString(), row["Kết quả"].ToString(), row["Lý do"].ToString())).ToList();
    }

    [Theory]
    [InlineData("\n", false)]
    [InlineData("\n", true)]
    [InlineData("\r\n", false)]
    [InlineData("\r\n", true)]
    public async Task Import_LineEndingsAndByteOrderMark_AreAccepted(string newLine, bool byteOrderMark)
    {
        var rows = new[] { new TestDossierRow(), new TestDossierRow() };
        var path = context.WriteFile(TestImportFiles.Csv(rows, newLine), byteOrderMark: byteOrderMark);

        var result = await context.ImportCompletedAsync(path);

        Assert.Equal(2, result.Inserted);
        Assert.Equal(0, result.Rejected);
    }

    [Fact]
    public async Task Import_HeaderInOtherCaseOrderAndSpacing_IsMatched()
    {
        var row = new TestDossierRow();
        var columns = DossierColumns.All.Reverse().ToList();
        var header = string.Join(',', columns.Select(column => "  " + column.HeaderName().ToUpperInvariant() + " "));
        var path = context.WriteFile(header + "\r\n" + TestImportFiles.Line(row, columns) + "\r\n");

        var result = await context.ImportCompletedAsync(path);
        var stored = await ImportTestContext.FindStoredAsync(row.NationalId);

        Assert.Equal(1, result.Inserted);
        Assert.Equal("Nguyễn Văn Thử", stored?.FullName);
    }

    [Fact]
    public async Task Import_OnlyRequiredColumnsAndOneContact_IsAccepted()
    {
        var row = new TestDossierRow();
        var columns = DossierColumns.All.Where(column => column.IsRequired()).Concat([DossierColumn.MotherName, DossierColumn.MotherPhone]).ToList();
        var path = context.WriteFile(TestImportFiles.Csv([row], columns: columns));

        var result = await context.ImportCompletedAsync(path);
        var stored = await ImportTestContext.FindStoredAsync(row.NationalId);

        Assert.Equal(1, result.Inserted);
        Assert.Equal("Việt Nam", stored?.Nationality);
        Assert.Null(stored?.FatherName);
    }

    [Fact]
    public async Task Import_UnknownColumns_AreReportedOnceAndIgnored()
    {
        var rows = new[] { new TestDossierRow(), new TestDossierRow() };
        var lines = new List<string> { TestImportFiles.Header() + ",ghi_chu,stt" };
        lines.AddRange(rows.Select(row => TestImportFiles.Line(row) + ",một ghi chú,1"));
        var path = context.WriteFile(string.Join("\r\n", lines) + "\r\n");

        var result = await context.ImportCompletedAsync(path);
        var report = ReadReport(result.ReportPath);

        Assert.Equal(2, result.Inserted);
        Assert.Equal([("1", "Ghi chú", ImportMessages.UnknownColumnsIgnored(["ghi_chu", "stt"]))], report);
    }

    [Fact]
    public async Task Import_QuotedFields_AreUnescaped()
    {
        var row = new TestDossierRow()
            .With(DossierColumn.CurrentResidence, "\"Chung cư A, lô B\",\r\n99 Nguyễn Huệ")
            .With(DossierColumn.PreschoolName, "Trường Mầm non \"Sơn Ca\", cơ sở 2");
        var path = context.WriteFile(TestImportFiles.Csv([row]));

        await context.ImportCompletedAsync(path);
        var stored = await ImportTestContext.FindStoredAsync(row.NationalId);

        Assert.Equal("\"Chung cư A, lô B\", 99 Nguyễn Huệ", stored?.CurrentResidence);
        Assert.Equal("Trường Mầm non \"Sơn Ca\", cơ sở 2", stored?.PreschoolName);
    }

    [Fact]
    public async Task Import_RowWithExtraColumn_IsRejectedWithItsLineNumber()
    {
        // The first row spans lines 2-3 because of a quoted line break, so the broken row is on line 4.
        var first = new TestDossierRow().With(DossierColumn.CurrentResidence, "12 Lê Lợi\nPhường Sài Gòn");
        var broken = new TestDossierRow().With(DossierColumn.CurrentResidence, "45 Lê Lợi");
        var lines = new[] { TestImportFiles.Header(), TestImportFiles.Line(first), TestImportFiles.Line(broken).Replace("45 Lê Lợi", "45, Lê Lợi") };
        var path = context.WriteFile(string.Join("\r\n", lines) + "\r\n");

        var result = await context.ImportCompletedAsync(path);
        var report = ReadReport(result.ReportPath);

        Assert.Equal(1, result.Inserted);
        Assert.Equal(1, result.Rejected);
        Assert.Equal(("4", "Từ chối", ImportMessages.ColumnCountMismatch(DossierColumns.Count + 1, DossierColumns.Count)), report.Single());
        Assert.Null(await ImportTestContext.FindStoredAsync(broken.NationalId));
    }

    [Fact]
    public async Task Import_BlankLines_AreSkipped()
    {
        var rows = new[] { new TestDossierRow(), new TestDossierRow() };
        var text = TestImportFiles.Header() + "\r\n\r\n" + TestImportFiles.Line(rows[0]) + "\r\n\r\n\r\n" + TestImportFiles.Line(rows[1]) + "\r\n\r\n";
        var path = context.WriteFile(text);

        var result = await context.ImportCompletedAsync(path);

        Assert.Equal(2, result.Read);
        Assert.Equal(2, result.Inserted);
    }

    [Fact]
    public async Task Import_HeaderOnly_CompletesWithNothingRead()
    {
        var path = context.WriteFile(TestImportFiles.Header() + "\r\n");

        var result = await context.ImportCompletedAsync(path);

        Assert.Equal(0, result.Read);
        Assert.True(File.Exists(result.ReportPath));
    }

    [Fact]
    public async Task Import_Report_ReplacesAnEarlierOne()
    {
        var path = context.WriteFile(TestImportFiles.Csv([new TestDossierRow()]));
        File.WriteAllText(context.ReportPathFor(path), "earlier");

        var result = await context.ImportCompletedAsync(path);

        var report = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(result.ReportPath));

        Assert.StartsWith("\uFEFFDòng,Mã định danh,Kết quả,Lý do", report);
    }
}
