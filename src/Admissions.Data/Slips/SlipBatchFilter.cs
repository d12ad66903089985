using Admissions.Domain.Dossiers;

namespace Admissions.Data.Slips;

/// <summary>
/// Which dossiers of one preschool a batch prints. Only a dossier whose current data has a confirmation has a
/// slip, so the status is either confirmed, correction_requested (the parent confirmed, then asked for a
/// correction that is still open) or any status.
/// </summary>
/// <param name="SchoolCode">The preschool code.</param>
/// <param name="ClassName">One class of the preschool, or null for every class.</param>
/// <param name="Status">One dossier status, or null for every dossier that has a slip.</param>
public sealed record SlipBatchFilter(string SchoolCode, string? ClassName, DossierStatus? Status);

/// <summary>A preschool that staff may print slips for, with the ward where it is located when known.</summary>
public sealed record SlipSchool
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>The ward where the school is located; null until <c>refresh_preschools()</c> has stored the school.</summary>
    public string? WardCode { get; init; }
}
