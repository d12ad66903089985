using System.Diagnostics.CodeAnalysis;
using Admissions.Domain.Dossiers;
using Admissions.Domain.Identity;

namespace Admissions.Domain.Import;

/// <summary>
/// The outcome of validating one import row: either the dossier to store with its warnings, or the
/// reasons the row was rejected. Reasons and warnings are Vietnamese sentences for the report.
/// </summary>
public sealed class DossierRowResult
{
    private DossierRowResult(PersonalId? nationalId, DossierData? data, IReadOnlyList<string> errors, IReadOnlyList<string> warnings)
    {
        NationalId = nationalId;
        Data = data;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The parsed ID, also set for a rejected row whose ID was valid, so that duplicates can be detected.</summary>
    public PersonalId? NationalId { get; }

    /// <summary>The normalised dossier, or null when the row is rejected.</summary>
    public DossierData? Data { get; }

    /// <summary>Why the row is rejected. Empty when it is accepted.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Data-quality warnings that school staff must resolve. The row is imported all the same.</summary>
    public IReadOnlyList<string> Warnings { get; }

    [MemberNotNullWhen(false, nameof(Data))]
    public bool IsRejected => Data is null;

    public static DossierRowResult Accepted(DossierData data, IReadOnlyList<string> warnings) =>
        new(data.NationalId, data, [], warnings);

    public static DossierRowResult Rejected(PersonalId? nationalId, IReadOnlyList<string> errors)
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A rejected row needs at least one reason.", nameof(errors));
        }

        return new DossierRowResult(nationalId, null, errors, []);
    }
}
