using System.Collections;
using Admissions.Domain.Import;

namespace Admissions.Data.Import;

/// <summary>
/// A read-only list of canonical national IDs stored as <see cref="PersonalIdKeys"/> values, 8 bytes
/// each, so that the IDs of a whole re-imported season fit in a few megabytes. Strings are created on access.
/// </summary>
internal sealed class NationalIdList(List<long> keys) : IReadOnlyList<string>
{
    public int Count => keys.Count;

    public string this[int index] => PersonalIdKeys.FromKey(keys[index]).Value;

    public IEnumerator<string> GetEnumerator()
    {
        foreach (var key in keys)
        {
            yield return PersonalIdKeys.FromKey(key).Value;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
