using Microsoft.Extensions.Logging;

namespace Admissions.Data.Infrastructure;

/// <summary>Log messages of the data layer. They carry ids and counts, never personal data.</summary>
public static partial class DataLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Applied {Count} database migrations")]
    public static partial void MigrationsApplied(ILogger logger, int count);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Database migration {Script} failed")]
    public static partial void MigrationFailed(ILogger logger, string script, Exception? exception);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Loaded {Count} wards from the reference file")]
    public static partial void WardsLoaded(ILogger logger, int count);
}
