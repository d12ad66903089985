using Admissions.Domain.Dossiers;

namespace Admissions.Data.Dossiers;

/// <summary>
/// Everything the parent's pages show about one dossier, as read from PostgreSQL and as cached in Redis.
/// Flat and serialisable on purpose.
/// </summary>
public sealed record DossierSnapshot
{
    public required long Id { get; init; }

    public required string NationalId { get; init; }

    public required string FullName { get; init; }

    public required DateOnly BirthDate { get; init; }

    public required string Sex { get; init; }

    public string? BirthRegistrationPlace { get; init; }

    public string? NativePlace { get; init; }

    public string? Ethnicity { get; init; }

    public required string Nationality { get; init; }

    public string? PermanentResidence { get; init; }

    public required string CurrentResidence { get; init; }

    public required string WardCode { get; init; }

    public required string WardName { get; init; }

    public string? HouseholdRelation { get; init; }

    public required string PreschoolCode { get; init; }

    public required string PreschoolName { get; init; }

    public string? PreschoolClass { get; init; }

    public string? FatherName { get; init; }

    public int? FatherBirthYear { get; init; }

    public string? FatherPhone { get; init; }

    public string? MotherName { get; init; }

    public int? MotherBirthYear { get; init; }

    public string? MotherPhone { get; init; }

    public string? GuardianName { get; init; }

    public string? GuardianPhone { get; init; }

    public required int DataVersion { get; init; }

    public required string Status { get; init; }

    /// <summary>The confirmation of the current data version, if the parent has confirmed it.</summary>
    public long? ConfirmationId { get; init; }

    /// <summary>UTC.</summary>
    public DateTime? ConfirmedAt { get; init; }

    public string? ReceiptCode { get; init; }

    /// <summary>The id of the parent's latest correction request, if any. The four fields below describe that request.</summary>
    public long? CorrectionId { get; init; }

    /// <summary><c>open</c>, <c>approved</c> or <c>rejected</c>.</summary>
    public string? CorrectionStatus { get; init; }

    /// <summary>UTC.</summary>
    public DateTime? CorrectionSubmittedAt { get; init; }

    /// <summary>UTC.</summary>
    public DateTime? CorrectionDecidedAt { get; init; }

    /// <summary>The staff's reason for a rejection, or their note on an approval; shown to the parent.</summary>
    public string? CorrectionDecisionReason { get; init; }

    public DossierStatus StatusValue => DossierStatusNames.FromDb(Status);

    public Sex SexValue => SexNames.FromDb(Sex);
}
