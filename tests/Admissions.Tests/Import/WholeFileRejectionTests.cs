using System.Text;
using Admissions.Data.Import;
using Admissions.Domain.Import;

namespace Admissions.Tests.Import;

/// <summary>Files that are not a UTF-8 CSV of the import format: rejected whole, nothing stored, no report.</summary>
public sealed class WholeFileRejectionTests : IDisposable
{
    private readonly ImportTestContext context = new();

    public void Dispose() => context.Dispose();

    private async Task<ImportRejected> AssertRejectedAsync(string csvPath, ImportRejectionKind kind, params TestDossierRow[] validRows)
    {
        var outcome = await context.ImportAsync(csvPath);

        var rejected = Assert.IsType<ImportRejected>(outcome);
        Assert.Equal(kind, rejected.Kind);
        Assert.Contains("Không có hồ sơ nào được nhập", rejected.Reason);
        Assert.False(File.Exists(context.ReportPathFor(csvPath)));
        Assert.False(File.Exists(context.ReportPathFor(csvPath) + ".partial"));
        foreach (var row in validRows)
        {
            Assert.Null(await ImportTestContext.FindStoredAsync(row.NationalId));
        }

        return rejected;
    }

    [Fact]
    public async Task Import_Utf16File_IsRejected()
    {
        var row = new TestDossierRow();
        var text = TestImportFiles.Csv([row]);
        var path = context.WriteBytes(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray());

        var rejected = await AssertRejectedAsync(path, ImportRejectionKind.NotUtf8, row);

        Assert.Contains("UTF-16", rejected.Reason);
    }

    [Fact]
    public async Task Import_Utf16FileWithoutByteOrderMark_IsRejected()
    {
        var row = new TestDossierRow();
        var path = context.WriteBytes(Encoding.BigEndianUnicode.GetBytes(TestImportFiles.Csv([row])));

        var rejected = await AssertRejectedAsync(path, ImportRejectionKind.NotUtf8, row);

        Assert.Contains("UTF-16", rejected.Reason);
    }

    [Fact]
    public async Task Import_NulBytesAtTheStart_IsRejectedAsBinary()
    {
        var path = context.WriteBytes([0x00, 0x00, 0x00, 0x00, 0x01, 0x02, 0x0A]);

        await AssertRejectedAsync(path, ImportRejectionKind.BinaryData);
    }

    [Fact]
    public async Task Import_SemicolonSeparator_IsRejected()
    {
        var row = new TestDossierRow();
        var path = context.WriteFile(TestImportFiles.Csv([row]).Replace(',', ';'));

        var rejected = await AssertRejectedAsync(path, ImportRejectionKind.WrongSeparator, row);

        Assert.Contains("dấu chấm phẩy", rejected.Reason);
    }

    [Fact]
    public async Task Import_MissingRequiredColumn_IsRejectedNamingIt()
    {
        var row = new TestDossierRow();
        var columns = DossierColumns.All.Where(column => column != DossierColumn.BirthDate).ToList();
        var path = context.WriteFile(TestImportFiles.Csv([row], columns: columns));

        var rejected = await AssertRejectedAsync(path, ImportRejectionKind.MissingColumns, row);

        Assert.Contains("ngay_sinh", rejected.Reason);
    }

    [Fact]
    public async Task Import_DuplicateHeaderColumn_IsRejected()
    {
        var row = new TestDossierRow();
        var lines = new[] { TestImportFiles.Header() + ", HO_TEN ", TestImportFiles.Line(row) + ",Tên Khác" };
        var path = context.WriteFile(string.Join("\r\n", lines) + "\r\n");

        await AssertRejectedAsync(path, ImportRejectionKind.DuplicateColumn, row);
    }

    [Fact]
    public async Task Import_NulBytesInTheMiddle_IsRejectedAndStoresNothing()
    {
        var before = new TestDossierRow();
        var broken = new TestDossierRow().With(DossierColumn.CurrentResidence, "12 Lê Lợi\0\0\0");
        var after = new TestDossierRow();
        var path = context.WriteFile(TestImportFiles.Csv([before, broken, after]));

        var rejected = await AssertRejectedAsync(path, ImportRejectionKind.BinaryData, before, broken, after);

        Assert.Contains("dòng 3", rejected.Reason);
    }

    [Fact]
    public async Task Import_NulBytesAfterManyRows_StoresNothing()
    {
        // Enough rows that the first ones are already copied to the server when the NUL is found.
        var rows = Enumerable.Range(0, 3_000).Select(_ => new TestDossierRow()).ToList();
        var bytes = Encoding.UTF8.GetBytes(TestImportFiles.Csv(rows)).Concat(new byte[] { 0, 0, 0, 0, 10 }).ToArray();
        var path = context.WriteBytes(bytes);

        await AssertRejectedAsync(path, ImportRejectionKind.BinaryData, rows[0], rows[^1]);
    }

    [Fact]
    public async Task Import_InvalidUtf8Bytes_IsRejected()
    {
        var row = new TestDossierRow();
        var latin1Row = new TestDossierRow().With(DossierColumn.FullName, "Trân");
        var bytes = Encoding.UTF8.GetBytes(TestImportFiles.Csv([row, latin1Row]));
        var index = bytes.AsSpan().IndexOf("â"u8);

        // "â" as Latin-1 writes it: one byte 0xE2 that starts no valid UTF-8 sequence here.
        var path = context.WriteBytes([.. bytes[..index], 0xE2, .. bytes[(index + 2)..]]);

        await AssertRejectedAsync(path, ImportRejectionKind.NotUtf8, row, latin1Row);
    }

    [Fact]
    public async Task Import_ExcelWorkbook_IsRejected()
    {
        var path = context.WriteBytes([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "dossiers.xlsx");

        await AssertRejectedAsync(path, ImportRejectionKind.Spreadsheet);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Import_EmptyFile_IsRejected(bool byteOrderMark)
    {
        var path = context.WriteFile("", byteOrderMark: byteOrderMark);

        await AssertRejectedAsync(path, ImportRejectionKind.Empty);
    }

    [Fact]
    public async Task Import_MissingFile_IsRejected()
    {
        await AssertRejectedAsync(Path.Combine(context.Directory, "absent.csv"), ImportRejectionKind.FileNotFound);
    }

    [Fact]
    public async Task Import_RejectedFile_LeavesAnEarlierReportAlone()
    {
        var path = context.WriteFile(TestImportFiles.Csv([new TestDossierRow()]).Replace(',', ';'));
        File.WriteAllText(context.ReportPathFor(path), "earlier");

        await context.ImportAsync(path);

        Assert.Equal("earlier", File.ReadAllText(context.ReportPathFor(path)));
    }
}
