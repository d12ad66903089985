namespace Admissions.Data.Dossiers;

public enum ConfirmationResultKind
{
    /// <summary>This request stored the confirmation.</summary>
    Confirmed,

    /// <summary>The current data version was already confirmed, by this parent's earlier or concurrent request.</summary>
    AlreadyConfirmed,

    /// <summary>The dossier's status does not allow a confirmation (for example a correction is pending).</summary>
    NotAllowed,

    /// <summary>The data changed since the parent saw it; they must review it again.</summary>
    VersionChanged,

    NotFound,
}

/// <summary>The result of a confirmation request; the confirmation fields are set for the first two kinds.</summary>
public sealed record ConfirmationOutcome(ConfirmationResultKind Kind, long? ConfirmationId = null, DateTime? ConfirmedAt = null, string? ReceiptCode = null);

/// <summary>What the verification page needs about a slip's confirmation.</summary>
public sealed record SlipRecord
{
    public required long ConfirmationId { get; init; }

    public required long DossierId { get; init; }

    /// <summary>UTC.</summary>
    public required DateTime ConfirmedAt { get; init; }

    public required string ReceiptCode { get; init; }

    public required int ConfirmedDataVersion { get; init; }

    public required int CurrentDataVersion { get; init; }

    public required string FullName { get; init; }

    public required string Status { get; init; }

    public bool IsCurrent => ConfirmedDataVersion == CurrentDataVersion;
}
