namespace Admissions.Cli.Demo;

/// <summary>
/// A seeded pseudo-random generator (xoshiro256**, state filled by SplitMix64) that gives the same
/// sequence for the same seed on every platform and .NET version, unlike <see cref="Random"/>, whose
/// seeded sequence is not documented as stable.
/// </summary>
internal sealed class DemoRandom
{
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    public DemoRandom(ulong seed)
    {
        var mixer = seed;
        s0 = SplitMix64(ref mixer);
        s1 = SplitMix64(ref mixer);
        s2 = SplitMix64(ref mixer);
        s3 = SplitMix64(ref mixer);
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>A value in [0, <paramref name="exclusiveMax"/>), by multiply-shift, with a bias below exclusiveMax / 2^64.</summary>
    public int Next(int exclusiveMax)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exclusiveMax);
        return (int)(((UInt128)NextUInt64() * (ulong)exclusiveMax) >> 64);
    }

    /// <summary>A value in [<paramref name="inclusiveMin"/>, <paramref name="inclusiveMax"/>].</summary>
    public int Between(int inclusiveMin, int inclusiveMax) => inclusiveMin + Next(inclusiveMax - inclusiveMin + 1);

    /// <summary>A value in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}

/// <summary>Items drawn with fixed relative weights, by binary search over cumulative weights.</summary>
internal sealed class WeightedChoice<T>
{
    private readonly T[] items;
    private readonly double[] cumulativeWeights;

    public WeightedChoice(IEnumerable<(T Item, double Weight)> weightedItems)
    {
        var list = weightedItems.ToList();
        items = list.Select(entry => entry.Item).ToArray();
        cumulativeWeights = new double[list.Count];
        var total = 0.0;
        for (var i = 0; i < list.Count; i++)
        {
            total += list[i].Weight;
            cumulativeWeights[i] = total;
        }
    }

    public T Pick(DemoRandom random)
    {
        var target = random.NextDouble() * cumulativeWeights[^1];
        var index = Array.BinarySearch(cumulativeWeights, target);
        index = index >= 0 ? index + 1 : ~index;
        return items[Math.Min(index, items.Length - 1)];
    }
}
