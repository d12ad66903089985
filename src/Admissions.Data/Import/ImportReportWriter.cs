using System.Globalization;
using System.Text;
using Admissions.Domain.Import;
using nietras.SeparatedValues;

namespace Admissions.Data.Import;

/// <summary>
/// Writes the per-row import report that staff open in a spreadsheet: UTF-8 with a byte-order mark (so
/// that Excel detects the encoding), comma-separated, one row per rejected or warned line. IDs are
/// masked, and reasons repeat no names, birth dates, phones or addresses.
/// </summary>
internal sealed class ImportReportWriter : IDisposable
{
    private const string LineColumn = "Dòng";
    private const string IdColumn = "Mã định danh";
    private const string ResultColumn = "Kết quả";
    private const string ReasonColumn = "Lý do";

    private readonly StreamWriter stream;
    private readonly SepWriter writer;

    private ImportReportWriter(string path)
    {
        stream = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 1 << 16);
        writer = Sep.New(',').Writer(options => options with { Escape = true }).To(stream);
        writer.Header.Add([LineColumn, IdColumn, ResultColumn, ReasonColumn]);
        writer.Header.Write();
    }

    public static ImportReportWriter Create(string path) => new(path);

    /// <summary>Notes, on the header line, the columns that the import ignored.</summary>
    public void WriteUnknownColumns(int headerLineNumber, IReadOnlyList<string> unknownColumns)
    {
        if (unknownColumns.Count > 0)
        {
            Write(headerLineNumber, "", ImportMessages.ResultNote, ImportMessages.UnknownColumnsIgnored(unknownColumns));
        }
    }

    public void WriteRejected(int lineNumber, string maskedId, IReadOnlyList<string> reasons) =>
        Write(lineNumber, maskedId, ImportMessages.ResultRejected, string.Join(" ", reasons));

    public void WriteWarned(int lineNumber, string maskedId, IReadOnlyList<string> warnings) =>
        Write(lineNumber, maskedId, ImportMessages.ResultImportedWithWarnings, string.Join(" ", warnings));

    public void Dispose()
    {
        writer.Dispose();
        stream.Dispose();
    }

    private void Write(int lineNumber, string maskedId, string result, string reason)
    {
        using var row = writer.NewRow();
        row[LineColumn].Set(lineNumber.ToString(CultureInfo.InvariantCulture));
        row[IdColumn].Set(maskedId);
        row[ResultColumn].Set(result);
        row[ReasonColumn].Set(reason);
    }
}
