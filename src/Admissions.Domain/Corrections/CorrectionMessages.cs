using System.Globalization;
using Admissions.Domain.Import;
using Admissions.Domain.Season;

namespace Admissions.Domain.Corrections;

/// <summary>
/// The Vietnamese messages of the correction request form, read by parents. Each names the field or file
/// concerned and the next step.
/// </summary>
public static class CorrectionMessages
{
    public const string NoFieldChosen = "Xin đánh dấu ít nhất một thông tin cần điều chỉnh và ghi giá trị đúng của thông tin đó.";

    public const string UnknownField = "Có thông tin được chọn không thuộc danh sách được đề nghị điều chỉnh. Xin tải lại trang và chọn lại.";

    public const string SexInvalid = "Giới tính phải là Nam hoặc Nữ.";

    public const string BirthDateInvalid =
        "Ngày sinh đề nghị không hợp lệ. Xin ghi một ngày có thật theo dạng ngày/tháng/năm, ví dụ 09/07/2021.";

    public const string PhoneRules =
        "Số di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09; số cố định gồm 11 chữ số, bắt đầu bằng 02.";

    public const string EvidenceMissing =
        "Xin đính kèm ít nhất một tệp minh chứng: ảnh chụp giấy khai sinh hoặc ảnh chụp trang thông tin cư trú trên ứng dụng VNeID.";

    public const string ChooseFilesAgain = "Vì lý do an toàn, trang không giữ lại tệp đã chọn. Xin chọn lại tệp minh chứng trước khi gửi.";

    public static string ValueMissing(DossierColumn column) => $"Xin ghi giá trị đúng của mục “{column.Label()}”.";

    public static string SameAsCurrent(DossierColumn column) =>
        $"Giá trị đề nghị của mục “{column.Label()}” giống với thông tin hiện có trong hồ sơ. Xin bỏ chọn mục này hoặc ghi giá trị đúng.";

    public static string NameInvalid(DossierColumn column) =>
        $"{column.Label()} chỉ được gồm chữ cái và khoảng trắng, dài từ 2 đến {Number(CorrectionValueRules.MaxNameLength)} ký tự.";

    public static string TextTooLong(DossierColumn column) =>
        $"{column.Label()} dài quá {Number(CorrectionValueRules.MaxTextLength)} ký tự. Xin ghi ngắn gọn hơn.";

    public static string PhoneInvalid(DossierColumn column) =>
        $"{column.Label()} không phải là số điện thoại Việt Nam hợp lệ. {PhoneRules}";

    public static string BirthYearInvalid(DossierColumn column, int childBirthYear) =>
        $"{column.Label()} cần ghi đủ bốn chữ số, từ năm {Number(childBirthYear - CorrectionValueRules.MaxParentAgeGap)} đến năm {Number(childBirthYear - CorrectionValueRules.MinParentAgeGap)} (cha, mẹ lớn hơn trẻ từ {Number(CorrectionValueRules.MinParentAgeGap)} đến {Number(CorrectionValueRules.MaxParentAgeGap)} tuổi).";

    public static string BirthYearOutOfSeason(int birthYear, SeasonOptions season) =>
        $"Theo ngày sinh đề nghị, trẻ sinh năm {Number(birthYear)}, không thuộc độ tuổi vào lớp 1 năm học {season.SchoolYearLabel} (trẻ sinh từ năm {Number(season.NominalBirthYear - DossierRowValidator.MaxYearsOlder)} đến năm {Number(season.NominalBirthYear)}). Xin kiểm tra lại ngày sinh.";

    public static string NoteTooLong => $"Ghi chú dài quá {Number(CorrectionValueRules.MaxNoteLength)} ký tự. Xin ghi ngắn gọn hơn.";

    public static string TooManyFiles(int count) =>
        $"Chỉ được đính kèm tối đa {Number(EvidenceFiles.MaxCount)} tệp, nhưng đã chọn {Number(count)} tệp.";

    public static string FileTooLarge(string fileName) =>
        $"Tệp “{fileName}” lớn hơn {Number(EvidenceFiles.MaxBytes / 1024 / 1024)} MB. Xin chụp lại ảnh với độ phân giải thấp hơn hoặc chọn tệp nhỏ hơn.";

    public static string FileEmpty(string fileName) => $"Tệp “{fileName}” không có nội dung. Xin chọn lại tệp.";

    public static string FileTypeNotAllowed(string fileName) =>
        $"Tệp “{fileName}” không phải là ảnh JPEG, ảnh PNG hoặc tệp PDF. Hệ thống kiểm tra nội dung của tệp, không dựa vào phần đuôi của tên tệp.";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
