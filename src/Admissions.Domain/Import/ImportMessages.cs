using System.Globalization;
using Admissions.Domain.Season;

namespace Admissions.Domain.Import;

/// <summary>
/// The Vietnamese reasons and warnings of the import report, read by school and ward staff. They name the
/// column and the rule but repeat no personal data beyond codes and the birth year that a rule is about.
/// </summary>
public static class ImportMessages
{
    public const string PersonalIdNotDigits =
        "Mã định danh cá nhân chỉ được gồm 12 chữ số (hoặc chữ TMP và 9 chữ số đối với mã tạm), nhưng giá trị trong tệp có ký tự khác.";

    public const string TemporaryCodeInvalid = "Mã tạm phải gồm chữ TMP và đúng 9 chữ số.";

    public const string FullNameInvalidCharacters = "Họ, chữ đệm và tên khai sinh chỉ được gồm chữ cái và khoảng trắng.";

    public const string BirthDateInvalid =
        "Ngày sinh không hợp lệ. Cần ghi một ngày có thật theo dạng dd/MM/yyyy (ví dụ 09/07/2021) hoặc yyyy-MM-dd.";

    public const string SexInvalid = "Giới tính phải là Nam hoặc Nữ.";

    public const string PreschoolCodeInvalid =
        "Mã trường mầm non chỉ được gồm từ 1 đến 20 ký tự là chữ cái không dấu, chữ số hoặc dấu gạch ngang.";

    public const string NoContact = "Không có cha, mẹ hoặc người giám hộ nào có đủ họ tên và số điện thoại hợp lệ.";

    public const string DuplicateId =
        "Mã định danh cá nhân trùng với một dòng phía trên trong tệp. Chỉ dòng xuất hiện đầu tiên được xét.";

    public const string SexDigitMismatch =
        "Chữ số thứ tư của mã định danh (mã thế kỷ và giới tính) không khớp với giới tính ghi trong tệp. Nhà trường cần kiểm tra lại mã định danh hoặc giới tính.";

    public const string CenturyDigitMismatch =
        "Chữ số thứ tư của mã định danh (mã thế kỷ và giới tính) không khớp với thế kỷ của năm sinh. Nhà trường cần kiểm tra lại mã định danh hoặc ngày sinh.";

    public const string YearDigitsMismatch =
        "Chữ số thứ năm và thứ sáu của mã định danh (hai số cuối của năm sinh) không khớp với năm sinh ghi trong tệp. Nhà trường cần kiểm tra lại mã định danh hoặc ngày sinh.";

    /// <summary>The result column of a report row that was not imported.</summary>
    public const string ResultRejected = "Từ chối";

    /// <summary>The result column of a report row that was imported with warnings.</summary>
    public const string ResultImportedWithWarnings = "Đã nhập, có cảnh báo";

    /// <summary>The result column of a note about the whole file.</summary>
    public const string ResultNote = "Ghi chú";

    public static string Missing(DossierColumn column) => $"Cột {column.HeaderName()} ({column.Label()}) bị bỏ trống.";

    public static string PersonalIdWrongLength(int digitCount) =>
        $"Mã định danh cá nhân phải có đúng 12 chữ số, nhưng giá trị trong tệp có {Number(digitCount)} chữ số.";

    public static string FullNameLength(int length) =>
        $"Họ, chữ đệm và tên khai sinh phải dài từ 2 đến 100 ký tự, nhưng giá trị trong tệp có {Number(length)} ký tự.";

    public static string TooYoung(int birthYear, SeasonOptions season) =>
        $"Trẻ sinh năm {Number(birthYear)}, chưa đủ tuổi vào lớp 1 năm học {season.SchoolYearLabel} (trẻ đúng độ tuổi sinh năm {Number(season.NominalBirthYear)}).";

    public static string TooOld(int birthYear, SeasonOptions season) =>
        $"Trẻ sinh năm {Number(birthYear)}, lớn hơn độ tuổi vào lớp 1 năm học {season.SchoolYearLabel} quá 3 năm (trẻ đúng độ tuổi sinh năm {Number(season.NominalBirthYear)}).";

    public static string Older(int birthYear, SeasonOptions season) =>
        $"Trẻ sinh năm {Number(birthYear)}, lớn hơn độ tuổi vào lớp 1 năm học {season.SchoolYearLabel} (trẻ đúng độ tuổi sinh năm {Number(season.NominalBirthYear)}). Hồ sơ vẫn được nhập để xét trường hợp đặc biệt.";

    public static string WardUnknown(string wardCode) =>
        $"Mã phường/xã {Shorten(wardCode)} không có trong danh mục phường, xã, đặc khu của Thành phố Hồ Chí Minh.";

    public static string ProvinceUnknown(string provinceCode) =>
        $"Mã tỉnh {provinceCode} (ba chữ số đầu của mã định danh) không có trong danh mục mã tỉnh. Nhà trường cần kiểm tra lại mã định danh.";

    /// <summary>A phone column whose value was dropped, for example <c>sdt_cha</c>.</summary>
    public static string PhoneDropped(DossierColumn column) =>
        $"{column.Label()} không phải là số điện thoại Việt Nam hợp lệ nên đã bị bỏ qua.";

    /// <summary>A parent's birth year that was dropped, for example <c>nam_sinh_me</c>.</summary>
    public static string BirthYearDropped(DossierColumn column) =>
        $"{column.Label()} không hợp lệ (cần bốn chữ số, cha mẹ lớn hơn trẻ từ 12 đến 80 tuổi) nên đã bị bỏ qua.";

    public static string ColumnCountMismatch(int columnCount, int headerColumnCount) =>
        $"Dòng có {Number(columnCount)} cột trong khi dòng tiêu đề có {Number(headerColumnCount)} cột. Cần kiểm tra dấu phẩy và dấu ngoặc kép trong dòng này.";

    public static string UnknownColumnsIgnored(IEnumerable<string> columnNames) =>
        $"Các cột không thuộc mẫu tệp đã được bỏ qua: {string.Join(", ", columnNames)}.";

    /// <summary>The reason written to the dossier history when an import changes a confirmed dossier.</summary>
    public static string ChangedByImport(long importRunId) =>
        $"Dữ liệu hồ sơ thay đổi theo lần nhập tệp số {importRunId.ToString(CultureInfo.InvariantCulture)}. Cha mẹ cần xác nhận lại.";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string value) => value.Length <= 20 ? value : value[..20] + "…";
}
