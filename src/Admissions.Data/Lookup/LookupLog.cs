using Microsoft.Extensions.Logging;

namespace Admissions.Data.Lookup;

internal static partial class LookupLog
{
    [LoggerMessage(EventId = 1200, Level = LogLevel.Debug, Message = "Lookup matched dossier {DossierId}")]
    public static partial void LookupSucceeded(ILogger logger, long dossierId);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Lookup failed (dossier {DossierId}); lock started: {LockStarted}")]
    public static partial void LookupFailed(ILogger logger, long? dossierId, bool lockStarted);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "Lookup refused: the ID is locked after repeated failures")]
    public static partial void LookupLocked(ILogger logger);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "Writing {Count} lookup audit rows failed (attempt {Attempt}); retrying")]
    public static partial void AuditBatchRetry(ILogger logger, int count, int attempt, Exception exception);
}
