using Admissions.Domain.Dossiers;

namespace Admissions.Data.Reporting;

/// <summary>
/// A dossier whose family the school should remind to confirm: what a school officer needs to call them.
/// The personal ID is masked. The phones are in full, and the page decides whether to mask them.
/// </summary>
public sealed record FamilyToChase
{
    /// <summary>Position in the whole filtered list, from 1.</summary>
    public long RowNumber { get; init; }

    public long DossierId { get; init; }

    /// <summary>For example <c>079******101</c>.</summary>
    public required string MaskedNationalId { get; init; }

    public required string FullName { get; init; }

    public DateOnly BirthDate { get; init; }

    public string? PreschoolClass { get; init; }

    public string? FatherPhone { get; init; }

    public string? MotherPhone { get; init; }

    public string? GuardianPhone { get; init; }

    public DossierStatus Status { get; init; }

    /// <summary>The latest lookup attempt on this dossier (UTC), successful or not, or null when there was none.</summary>
    public DateTime? LastLookupAt { get; init; }

    /// <summary>Lookups of this dossier's ID that failed on a wrong birth date.</summary>
    public long WrongBirthDateCount { get; init; }
}

/// <summary>Which dossiers of one school the chase list shows.</summary>
public sealed record ChaseFilter
{
    /// <summary>Every status except confirmed and accepted at the deadline: the families who still have to act.</summary>
    public static readonly IReadOnlyList<DossierStatus> PendingStatuses =
    [
        DossierStatus.NotLookedUp,
        DossierStatus.LookedUp,
        DossierStatus.CorrectionRequested,
        DossierStatus.ChangedAwaitingConfirmation,
    ];

    /// <summary>One preschool class, or null for every class.</summary>
    public string? PreschoolClass { get; init; }

    /// <summary>One status, or null for <see cref="PendingStatuses"/>.</summary>
    public DossierStatus? Status { get; init; }

    public IReadOnlyList<DossierStatus> Statuses => Status is { } status ? [status] : PendingStatuses;
}
