using System.Text;
using Admissions.Domain.Import;
using nietras.SeparatedValues;

namespace Admissions.Data.Import;

/// <summary>Position and width of one data row of the import file.</summary>
internal readonly record struct CsvRowInfo(int LineNumber, int ColumnCount);

/// <summary>
/// Streams the rows of a dossier import file (RFC 4180 through Sep, unescaped) into a reused
/// <see cref="DossierRecord"/>. Opening checks the encoding and the header, and reading checks every
/// row for NUL characters. Each of those problems throws <see cref="ImportFileRejectedException"/>, and a
/// byte sequence that is not UTF-8 throws <see cref="DecoderFallbackException"/>.
/// </summary>
internal sealed class DossierCsvReader : IDisposable
{
    private const int FileBufferSize = 1 << 16;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly SepReader reader;

    /// <summary>For each <see cref="DossierColumn"/>, its index in the file, or -1 when the file lacks it.</summary>
    private readonly int[] fileIndexByColumn;

    private DossierCsvReader(SepReader reader, int[] fileIndexByColumn, int headerColumnCount, IReadOnlyList<string> unknownColumns)
    {
        this.reader = reader;
        this.fileIndexByColumn = fileIndexByColumn;
        HeaderColumnCount = headerColumnCount;
        UnknownColumns = unknownColumns;
    }

    public int HeaderColumnCount { get; }

    /// <summary>Header names that are not columns of the import format, trimmed, in file order.</summary>
    public IReadOnlyList<string> UnknownColumns { get; }

    public static DossierCsvReader Open(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileBufferSize, FileOptions.SequentialScan);
        try
        {
            SkipUtf8ByteOrderMark(stream);
            var textReader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false, FileBufferSize);

            // The header is read as an ordinary row so that trimming, case and duplicates follow our rules,
            // and the column count is checked per row so that one malformed row does not stop the file.
            var reader = Sep.New(',')
                .Reader(options => options with
                {
                    HasHeader = false,
                    Unescape = true,
                    DisableColCountCheck = true,
                })
                .From(textReader);
            return ReadHeader(reader);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads the next data row into <paramref name="record"/>, skipping blank lines. Columns that the row
    /// lacks read as null. Returns false at the end of the file.
    /// </summary>
    public bool ReadNext(DossierRecord record, out CsvRowInfo info)
    {
        while (reader.MoveNext())
        {
            var row = reader.Current;
            if (row.ColCount == 1 && row.Span.Length == 0)
            {
                continue;
            }

            // Checked on the raw row before any column is unescaped in place.
            if (row.Span.Contains('\0'))
            {
                throw new ImportFileRejectedException(ImportRejections.BinaryData(row.LineNumberFrom));
            }

            record.Clear();
            for (var column = 0; column < fileIndexByColumn.Length; column++)
            {
                var index = fileIndexByColumn[column];
                if (index >= 0 && index < row.ColCount)
                {
                    record[(DossierColumn)column] = row[index].ToString();
                }
            }

            info = new CsvRowInfo(row.LineNumberFrom, row.ColCount);
            return true;
        }

        info = default;
        return false;
    }

    public void Dispose() => reader.Dispose();

    /// <summary>
    /// Looks at the first bytes: skips a UTF-8 byte-order mark and rejects UTF-16/UTF-32 byte-order
    /// marks, Excel workbooks and empty files.
    /// </summary>
    private static void SkipUtf8ByteOrderMark(FileStream stream)
    {
        Span<byte> start = stackalloc byte[4];
        var length = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        var prefix = start[..length];

        if (length == 0)
        {
            throw new ImportFileRejectedException(ImportRejections.Empty());
        }

        if (prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || prefix.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]) || LooksLikeUtf16WithoutByteOrderMark(prefix))
        {
            throw new ImportFileRejectedException(ImportRejections.Utf16());
        }

        // Zip container (.xlsx) and OLE compound file (.xls).
        if (prefix.StartsWith("PK\u0003\u0004"u8) || prefix.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            throw new ImportFileRejectedException(ImportRejections.Spreadsheet());
        }

        stream.Position = prefix.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
    }

    /// <summary>An ASCII header such as <c>ma_dinh_danh</c> in UTF-16 has a zero byte beside every letter.</summary>
    private static bool LooksLikeUtf16WithoutByteOrderMark(ReadOnlySpan<byte> prefix) =>
        prefix.Length == 4
        && ((prefix[0] != 0 && prefix[1] == 0 && prefix[2] != 0 && prefix[3] == 0)
            || (prefix[0] == 0 && prefix[1] != 0 && prefix[2] == 0 && prefix[3] != 0));

    private static DossierCsvReader ReadHeader(SepReader reader)
    {
        try
        {
            if (!reader.MoveNext())
            {
                throw new ImportFileRejectedException(ImportRejections.Empty());
            }

            var header = reader.Current;
            if (header.Span.Contains('\0'))
            {
                throw new ImportFileRejectedException(ImportRejections.BinaryData(header.LineNumberFrom));
            }

            var names = new string[header.ColCount];
            for (var index = 0; index < names.Length; index++)
            {
                names[index] = header[index].ToString().Trim();
            }

            var (fileIndexByColumn, unknownColumns) = MapColumns(names);
            return new DossierCsvReader(reader, fileIndexByColumn, names.Length, unknownColumns);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    private static (int[] FileIndexByColumn, List<string> UnknownColumns) MapColumns(string[] names)
    {
        if (names.Length == 1 && names[0].IndexOfAny([';', '\t', '|']) is var separatorIndex and >= 0)
        {
            throw new ImportFileRejectedException(ImportRejections.WrongSeparator(names[0][separatorIndex]));
        }

        var fileIndexByColumn = Enumerable.Repeat(-1, DossierColumns.Count).ToArray();
        var unknownColumns = new List<string>();
        for (var index = 0; index < names.Length; index++)
        {
            if (!DossierColumns.TryFindByHeaderName(names[index], out var column))
            {
                unknownColumns.Add(names[index].Length > 0 ? names[index] : $"(cột thứ {index + 1} không có tên)");
                continue;
            }

            if (fileIndexByColumn[(int)column] >= 0)
            {
                throw new ImportFileRejectedException(ImportRejections.DuplicateColumn(column.HeaderName()));
            }

            fileIndexByColumn[(int)column] = index;
        }

        var missing = DossierColumns.All.Where(column => column.IsRequired() && fileIndexByColumn[(int)column] < 0).ToList();
        if (missing.Count > 0)
        {
            throw new ImportFileRejectedException(ImportRejections.MissingColumns(missing));
        }

        return (fileIndexByColumn, unknownColumns);
    }
}
