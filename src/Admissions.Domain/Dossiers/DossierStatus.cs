namespace Admissions.Domain.Dossiers;

/// <summary>Where a dossier stands in the season; stored as the snake_case name.</summary>
public enum DossierStatus
{
    NotLookedUp,
    LookedUp,
    Confirmed,
    CorrectionRequested,
    ChangedAwaitingConfirmation,
    AcceptedAtDeadline,
}

public static class DossierStatusNames
{
    public static string ToDb(this DossierStatus status) => status switch
    {
        DossierStatus.NotLookedUp => "not_looked_up",
        DossierStatus.LookedUp => "looked_up",
        DossierStatus.Confirmed => "confirmed",
        DossierStatus.CorrectionRequested => "correction_requested",
        DossierStatus.ChangedAwaitingConfirmation => "changed_awaiting_confirmation",
        DossierStatus.AcceptedAtDeadline => "accepted_at_deadline",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static DossierStatus FromDb(string value) => value switch
    {
        "not_looked_up" => DossierStatus.NotLookedUp,
        "looked_up" => DossierStatus.LookedUp,
        "confirmed" => DossierStatus.Confirmed,
        "correction_requested" => DossierStatus.CorrectionRequested,
        "changed_awaiting_confirmation" => DossierStatus.ChangedAwaitingConfirmation,
        "accepted_at_deadline" => DossierStatus.AcceptedAtDeadline,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown dossier status."),
    };

    /// <summary>Vietnamese label shown to parents and staff.</summary>
    public static string ToVietnamese(this DossierStatus status) => status switch
    {
        DossierStatus.NotLookedUp => "Chưa tra cứu",
        DossierStatus.LookedUp => "Đã tra cứu, chưa xác nhận",
        DossierStatus.Confirmed => "Đã xác nhận",
        DossierStatus.CorrectionRequested => "Đã đề nghị điều chỉnh",
        DossierStatus.ChangedAwaitingConfirmation => "Đã điều chỉnh, chờ xác nhận lại",
        DossierStatus.AcceptedAtDeadline => "Mặc nhiên chấp nhận khi hết hạn",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Whether a parent may confirm the dossier in this status.</summary>
    public static bool CanConfirm(this DossierStatus status) =>
        status is DossierStatus.NotLookedUp or DossierStatus.LookedUp or DossierStatus.ChangedAwaitingConfirmation;
}
