namespace Admissions.Domain.Import;

/// <summary>
/// The raw cells of one import row, as read from the file (unescaped, not yet normalised), indexed by
/// column. A column that the file lacks reads as null. The importer reuses one instance for every row.
/// </summary>
public sealed class DossierRecord
{
    private readonly string?[] cells = new string?[DossierColumns.Count];

    public string? this[DossierColumn column]
    {
        get => cells[(int)column];
        set => cells[(int)column] = value;
    }

    public void Clear() => Array.Clear(cells);
}
