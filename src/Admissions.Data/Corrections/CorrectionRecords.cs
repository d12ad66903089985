using System.Text.Json;
using Admissions.Domain.Corrections;
using Admissions.Domain.Import;

namespace Admissions.Data.Corrections;

/// <summary>One evidence file of a new request, already checked: display name, detected type and content.</summary>
public sealed record EvidenceUpload(string FileName, EvidenceType Type, byte[] Content);

public enum SubmitResultKind
{
    Submitted,

    /// <summary>The dossier's status does not allow a request (see <see cref="CorrectionRules.CanRequest"/>).</summary>
    NotAllowed,

    /// <summary>The dossier already has an open request.</summary>
    AlreadyOpen,

    /// <summary>The data changed since the parent saw it; they must review it again.</summary>
    VersionChanged,

    NotFound,
}

public sealed record SubmitOutcome(SubmitResultKind Kind, long? RequestId = null);

public enum DecisionResultKind
{
    Approved,
    Rejected,

    /// <summary>Another decision on the request was committed first; this one changed nothing.</summary>
    AlreadyDecided,

    /// <summary>The dossier's data changed since the staff member opened the request; nothing changed.</summary>
    VersionChanged,

    NotFound,
}

/// <summary>The result of a decision; the dossier's id and personal ID are set once the dossier was read.</summary>
public sealed record DecisionOutcome(DecisionResultKind Kind, long? DossierId = null, string? NationalId = null);

/// <summary>A row of the staff's list of open requests.</summary>
public sealed record CorrectionListItem
{
    public long Id { get; init; }

    public long DossierId { get; init; }

    /// <summary>UTC.</summary>
    public DateTime SubmittedAt { get; init; }

    public string ProposedJson { get; init; } = "{}";

    public string FullName { get; init; } = "";

    public string PreschoolCode { get; init; } = "";

    public string PreschoolName { get; init; } = "";

    public string WardName { get; init; } = "";

    /// <summary>How many open requests the scope holds, including those past the list's limit.</summary>
    public int TotalCount { get; init; }

    public IReadOnlyList<DossierColumn> ProposedFields => CorrectionJson.ReadValues(ProposedJson).Keys.ToList();
}

/// <summary>A request as the review page shows it, without the evidence content.</summary>
public sealed record CorrectionDetail
{
    public long Id { get; init; }

    public long DossierId { get; init; }

    public string Status { get; init; } = "";

    public string PreviousStatus { get; init; } = "";

    /// <summary>The dossier's data version when the parent asked.</summary>
    public int DataVersion { get; init; }

    public string ProposedJson { get; init; } = "{}";

    public string? Note { get; init; }

    /// <summary>UTC.</summary>
    public DateTime SubmittedAt { get; init; }

    /// <summary>UTC.</summary>
    public DateTime? DecidedAt { get; init; }

    public string? DecidedByName { get; init; }

    public string? DecisionReason { get; init; }

    public string? ValuesBeforeJson { get; init; }

    public string? ValuesAfterJson { get; init; }

    public IReadOnlyList<EvidenceInfo> Evidence { get; init; } = [];

    public string PreschoolCode { get; init; } = "";

    /// <summary>The ward where the child resides.</summary>
    public string WardCode { get; init; } = "";

    /// <summary>The ward where the preschool is located, or null when no import has located the school yet.</summary>
    public string? PreschoolWardCode { get; init; }

    public CorrectionStatus StatusValue => CorrectionStatusNames.FromDb(Status);

    public IReadOnlyDictionary<DossierColumn, string> Proposed => CorrectionJson.ReadValues(ProposedJson);
}

/// <summary>An evidence file's description, without its content.</summary>
public sealed record EvidenceInfo
{
    public long Id { get; init; }

    public int Position { get; init; }

    public string FileName { get; init; } = "";

    public string ContentType { get; init; } = "";

    public int SizeBytes { get; init; }

    public byte[] Sha256 { get; init; } = [];

    public EvidenceType Type => EvidenceFiles.FromContentType(ContentType);
}

/// <summary>An evidence file's content with the codes of its dossier, for the scope check before serving it.</summary>
public sealed record EvidenceContent
{
    public long Id { get; init; }

    public long RequestId { get; init; }

    public int Position { get; init; }

    public string ContentType { get; init; } = "";

    public byte[] Content { get; init; } = [];

    public long DossierId { get; init; }

    public string PreschoolCode { get; init; } = "";

    /// <summary>The ward where the child resides.</summary>
    public string WardCode { get; init; } = "";

    /// <summary>The ward where the preschool is located, or null when no import has located the school yet.</summary>
    public string? PreschoolWardCode { get; init; }

    public EvidenceType Type => EvidenceFiles.FromContentType(ContentType);
}

/// <summary>Field values stored as jsonb: an object from field key (see <see cref="CorrectableFields.Key"/>) to canonical value.</summary>
public static class CorrectionJson
{
    public static string Write(IReadOnlyDictionary<DossierColumn, string?> values) =>
        JsonSerializer.Serialize(values.ToDictionary(pair => pair.Key.Key(), pair => pair.Value));

    /// <summary>
    /// Reads stored values sorted by <see cref="DossierColumn"/>, which is also the order of the dossier page, and skips
    /// keys that name no correctable field.
    /// A stored null (a field that was empty before a correction) reads as the empty string.
    /// </summary>
    public static IReadOnlyDictionary<DossierColumn, string> ReadValues(string? json)
    {
        var result = new SortedDictionary<DossierColumn, string>();
        if (string.IsNullOrEmpty(json))
        {
            return result;
        }

        var stored = JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [];
        foreach (var column in CorrectableFields.All)
        {
            if (stored.TryGetValue(column.Key(), out var value))
            {
                result[column] = value ?? "";
            }
        }

        return result;
    }
}
