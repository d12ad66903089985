using System.Globalization;

namespace Admissions.Tests.Infrastructure;

/// <summary>Unique personal IDs for tests that create their own dossiers, so tests never share rows.</summary>
public static class TestIds
{
    private static long counter = Random.Shared.NextInt64(0, 900_000);

    /// <summary>
    /// A citizen ID for a boy born in 2021 (province 079, digit 2, year 21) whose serial is unique in this run.
    /// The province 080 marks test data: no demo or reference dossier uses it.
    /// </summary>
    public static string NewCitizenId(bool female = false)
    {
        var serial = Interlocked.Increment(ref counter) % 1_000_000;
        var prefix = female ? "080321" : "080221";
        return prefix + serial.ToString("D6", CultureInfo.InvariantCulture);
    }
}
