using Microsoft.Extensions.Logging;

namespace Admissions.Data.Cache;

internal static partial class CacheLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning, Message = "Redis call failed; reading from PostgreSQL only for the next {Seconds} s")]
    public static partial void RedisCallFailed(ILogger logger, double seconds, Exception exception);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Could not invalidate {Count} cached dossiers and too many are pending; they expire on their own")]
    public static partial void InvalidationSkipped(ILogger logger, int count);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Deferred invalidation of {Count} cached dossiers until Redis answers again")]
    public static partial void InvalidationDeferred(ILogger logger, int count);
}
