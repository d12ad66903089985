using Admissions.Domain.Import;

namespace Admissions.Data.Import;

/// <summary>The whole-file rejections with their Vietnamese messages for the staff who run the import.</summary>
internal static class ImportRejections
{
    private const string SaveAsUtf8 = "Hãy mở tệp bằng Excel hoặc trình soạn thảo, lưu lại dưới dạng CSV UTF-8 (phân cách bằng dấu phẩy) rồi nhập lại.";

    private const string NothingImported = "Không có hồ sơ nào được nhập.";

    public static ImportRejected FileNotFound(string path) =>
        new(ImportRejectionKind.FileNotFound, $"Không tìm thấy tệp {path}. {NothingImported}");

    public static ImportRejected Empty() =>
        new(ImportRejectionKind.Empty, $"Tệp rỗng, không có dòng tiêu đề. {NothingImported}");

    public static ImportRejected Utf16() =>
        new(ImportRejectionKind.NotUtf8, $"Tệp được mã hóa UTF-16 hoặc UTF-32, không phải UTF-8. {SaveAsUtf8} {NothingImported}");

    public static ImportRejected InvalidUtf8() =>
        new(ImportRejectionKind.NotUtf8, $"Tệp không phải văn bản UTF-8 hợp lệ. {SaveAsUtf8} {NothingImported}");

    public static ImportRejected Spreadsheet() =>
        new(ImportRejectionKind.Spreadsheet, $"Tệp là bảng tính Excel, không phải tệp CSV. {SaveAsUtf8} {NothingImported}");

    public static ImportRejected BinaryData(int lineNumber) =>
        new(ImportRejectionKind.BinaryData, $"Tệp chứa dữ liệu nhị phân (ký tự NUL) ở dòng {lineNumber}, không phải tệp CSV dạng văn bản. {NothingImported}");

    public static ImportRejected WrongSeparator(char separator) =>
        new(ImportRejectionKind.WrongSeparator, $"Dòng tiêu đề dùng {SeparatorName(separator)} để phân cách các cột. Tệp phải dùng dấu phẩy (,). {SaveAsUtf8} {NothingImported}");

    public static ImportRejected DuplicateColumn(string headerName) =>
        new(ImportRejectionKind.DuplicateColumn, $"Cột {headerName} xuất hiện nhiều lần ở dòng tiêu đề. {NothingImported}");

    public static ImportRejected MissingColumns(IEnumerable<DossierColumn> columns) =>
        new(ImportRejectionKind.MissingColumns, $"Dòng tiêu đề thiếu cột bắt buộc: {string.Join(", ", columns.Select(column => column.HeaderName()))}. {NothingImported}");

    public static ImportRejected WardsNotLoaded() =>
        new(ImportRejectionKind.WardsNotLoaded, $"Cơ sở dữ liệu chưa có đủ danh mục phường, xã. Hãy chạy lệnh migrate để nạp danh mục rồi nhập lại. {NothingImported}");

    private static string SeparatorName(char separator) => separator switch
    {
        ';' => "dấu chấm phẩy (;)",
        '\t' => "ký tự tab",
        '|' => "dấu gạch đứng (|)",
        _ => $"ký tự '{separator}'",
    };
}

/// <summary>Thrown while reading a file that must be rejected as a whole. The importer turns it into <see cref="ImportRejected"/>.</summary>
internal sealed class ImportFileRejectedException(ImportRejected rejection) : Exception(rejection.Kind.ToString())
{
    public ImportRejected Rejection { get; } = rejection;
}
