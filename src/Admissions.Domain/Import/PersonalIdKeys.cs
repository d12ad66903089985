using System.Globalization;
using Admissions.Domain.Identity;

namespace Admissions.Domain.Import;

/// <summary>
/// A one-to-one mapping between personal IDs and 64-bit integers, so that large sets of IDs take 8 bytes
/// each instead of a string. A citizen number maps to its own value (below 10^12) and a temporary code
/// <c>TMP</c>nnnnnnnnn maps to 10^12 + n, a range no citizen number reaches.
/// </summary>
public static class PersonalIdKeys
{
    private const long TemporaryOffset = 1_000_000_000_000;

    public static long ToKey(PersonalId id) => id.Kind == PersonalIdKind.Citizen
        ? long.Parse(id.Value, NumberStyles.None, CultureInfo.InvariantCulture)
        : TemporaryOffset + long.Parse(id.Value.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture);

    public static PersonalId FromKey(long key)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(key);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(key, TemporaryOffset + 1_000_000_000);

        var canonical = key < TemporaryOffset
            ? key.ToString("D12", CultureInfo.InvariantCulture)
            : "TMP" + (key - TemporaryOffset).ToString("D9", CultureInfo.InvariantCulture);
        return PersonalId.FromCanonical(canonical);
    }
}
