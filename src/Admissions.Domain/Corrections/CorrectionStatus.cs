using Admissions.Domain.Dossiers;

namespace Admissions.Domain.Corrections;

/// <summary>The state of a correction request, stored as <c>open</c>, <c>approved</c> or <c>rejected</c>.</summary>
public enum CorrectionStatus
{
    Open,
    Approved,
    Rejected,
}

public static class CorrectionStatusNames
{
    public static string ToDb(this CorrectionStatus status) => status switch
    {
        CorrectionStatus.Open => "open",
        CorrectionStatus.Approved => "approved",
        CorrectionStatus.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static CorrectionStatus FromDb(string value) => value switch
    {
        "open" => CorrectionStatus.Open,
        "approved" => CorrectionStatus.Approved,
        "rejected" => CorrectionStatus.Rejected,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown correction request status."),
    };

    /// <summary>Vietnamese label shown to parents and staff.</summary>
    public static string ToVietnamese(this CorrectionStatus status) => status switch
    {
        CorrectionStatus.Open => "Đang chờ xử lý",
        CorrectionStatus.Approved => "Đã chấp thuận",
        CorrectionStatus.Rejected => "Không chấp thuận",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}

/// <summary>The dossier statuses from which a parent may request a correction, and where a decision leads.</summary>
public static class CorrectionRules
{
    /// <summary>
    /// Whether a parent may request a correction in this status: only after looking the dossier up or
    /// confirming it. A dossier changed after a confirmation must be confirmed again first.
    /// </summary>
    public static bool CanRequest(this DossierStatus status) => status is DossierStatus.LookedUp or DossierStatus.Confirmed;

    /// <summary>
    /// The status a rejection restores. A dossier that was confirmed but whose data changed while the request
    /// was open (an import) has no confirmation of its current data, so it waits for a new confirmation.
    /// </summary>
    public static DossierStatus StatusAfterRejection(DossierStatus previousStatus, int requestDataVersion, int currentDataVersion) =>
        previousStatus == DossierStatus.Confirmed && requestDataVersion != currentDataVersion
            ? DossierStatus.ChangedAwaitingConfirmation
            : previousStatus;
}
