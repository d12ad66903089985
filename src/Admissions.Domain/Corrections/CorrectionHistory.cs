using System.Globalization;
using Admissions.Domain.Import;

namespace Admissions.Domain.Corrections;

/// <summary>The Vietnamese reasons written to the dossier history for the steps of a correction request.</summary>
public static class CorrectionHistory
{
    public static string Submitted(long requestId, IEnumerable<DossierColumn> columns) =>
        $"Cha mẹ học sinh gửi đề nghị điều chỉnh số {Number(requestId)}: {Labels(columns)}.";

    public static string Approved(long requestId, IEnumerable<DossierColumn> columns, string? note) =>
        $"Chấp thuận đề nghị điều chỉnh số {Number(requestId)} và cập nhật: {Labels(columns)}." + (note is null ? "" : $" Ghi chú: {note}");

    public static string Rejected(long requestId, string reason) =>
        $"Không chấp thuận đề nghị điều chỉnh số {Number(requestId)}. Lý do: {reason}";

    /// <summary>The labels of the fields, joined with commas, for example "Ngày sinh, Giới tính".</summary>
    public static string Labels(IEnumerable<DossierColumn> columns) => string.Join(", ", columns.Select(column => column.Label()));

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
