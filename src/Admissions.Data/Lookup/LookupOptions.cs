namespace Admissions.Data.Lookup;

/// <summary>The configuration section <c>Lookup</c>: the guards against guessing birth dates.</summary>
public sealed class LookupOptions
{
    public const string SectionName = "Lookup";

    /// <summary>Wrong birth dates (or unknown-ID attempts) for one ID that lock it.</summary>
    public int MaxFailuresPerId { get; set; } = 5;

    /// <summary>The window in which failures are counted, and how long the lock then lasts.</summary>
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(15);
}
