using Admissions.Domain.Reporting;
using Admissions.Web.Pages.HoSo;

namespace Admissions.Web.Pages.CanBo.Shared;

/// <summary>Formatting of figures and personal data on the staff pages.</summary>
public static class StaffDisplay
{
    /// <summary>The confirmation rate as a sentence: <c>86.392/99.674 hồ sơ, đạt 86,67%</c>.</summary>
    public static string RateSentence(StatusCounts counts) => counts.Total == 0
        ? "Chưa có hồ sơ nào"
        : $"{VietnameseNumbers.Integer(counts.Settled)}/{VietnameseNumbers.Integer(counts.Total)} hồ sơ, đạt {VietnameseNumbers.Percent(counts.RatePercent)}";

    /// <summary>A phone in full for staff of the child's school, masked like the parent's page for anyone else.</summary>
    public static string Phone(string? phone, bool full)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return "—";
        }

        return full ? phone : DisplayFormat.MaskPhone(phone);
    }

    /// <summary>Who moved a dossier, as <c>dossier_history.actor</c> stores it, in words.</summary>
    public static string Actor(string actor) => actor switch
    {
        "parent" => "Cha mẹ hoặc người giám hộ",
        "import" => "Nhập dữ liệu",
        "deadline" => "Hết thời gian xác nhận",
        _ => actor,
    };
}
