namespace Admissions.Data.Import;

/// <summary>The result of <see cref="DossierImporter.ImportAsync"/>: completed, or rejected as a whole.</summary>
public abstract record ImportOutcome;

/// <summary>
/// A processed file, even if some rows were rejected. The counts follow the import report:
/// <see cref="Read"/> = <see cref="Inserted"/> + <see cref="Updated"/> + <see cref="Unchanged"/> + <see cref="Rejected"/>.
/// </summary>
public sealed record ImportCompleted : ImportOutcome
{
    /// <summary>The row of <c>import_runs</c> that records this import.</summary>
    public required long RunId { get; init; }

    /// <summary>Data rows read, not counting the header and blank lines.</summary>
    public required int Read { get; init; }

    public required int Inserted { get; init; }

    /// <summary>Existing dossiers whose content changed. Their data version went up by one.</summary>
    public required int Updated { get; init; }

    /// <summary>Rows identical to the stored dossier.</summary>
    public required int Unchanged { get; init; }

    public required int Rejected { get; init; }

    /// <summary>Imported rows that carry at least one data-quality warning.</summary>
    public required int Warnings { get; init; }

    /// <summary>Where the Vietnamese per-row report was written.</summary>
    public required string ReportPath { get; init; }

    /// <summary>
    /// Canonical national IDs of the updated dossiers, for the caller to drop from caches. The list stores
    /// 8 bytes per ID and creates each string on access.
    /// </summary>
    public required IReadOnlyList<string> UpdatedNationalIds { get; init; }
}

/// <summary>A file rejected as a whole: nothing was stored and no report was written.</summary>
public sealed record ImportRejected(ImportRejectionKind Kind, string Reason) : ImportOutcome;

/// <summary>Why a whole file was rejected. Logs carry the English name.</summary>
public enum ImportRejectionKind
{
    FileNotFound,
    Empty,
    NotUtf8,
    Spreadsheet,
    BinaryData,
    WrongSeparator,
    DuplicateColumn,
    MissingColumns,

    /// <summary>The database lacks a ward that the reference file has: the wards table was not loaded.</summary>
    WardsNotLoaded,
}
