using System.Collections.Frozen;

namespace Admissions.Domain.Reference;

/// <summary>
/// The codes of one reference list, such as the province codes that begin a personal identification
/// number or the city's ward codes. Codes are compared exactly (ordinal).
/// </summary>
public sealed class ReferenceCodeSet
{
    private readonly FrozenSet<string> codes;

    private ReferenceCodeSet(IEnumerable<string> codes)
    {
        this.codes = codes.ToFrozenSet(StringComparer.Ordinal);
    }

    public int Count => codes.Count;

    /// <summary>Loads the codes of a reference CSV of the shape that <see cref="ReferenceEntry.ReadCsv"/> reads.</summary>
    public static ReferenceCodeSet LoadCsv(string path) => new(ReferenceEntry.ReadCsv(path).Select(entry => entry.Code));

    public static ReferenceCodeSet FromCodes(IEnumerable<string> codes) => new(codes);

    public bool Contains(string code) => codes.Contains(code);
}
