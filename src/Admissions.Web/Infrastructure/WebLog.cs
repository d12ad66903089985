namespace Admissions.Web.Infrastructure;

/// <summary>Log messages of the web layer. They carry ids, never a name, ID, birth date, phone or address.</summary>
public static partial class WebLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Lookup rejected by the per-address rate limit")]
    public static partial void LookupRateLimited(ILogger logger);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Parent session started for dossier {DossierId}")]
    public static partial void ParentSessionStarted(ILogger logger, long dossierId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Confirmation of dossier {DossierId} refused: the confirmation window is closed")]
    public static partial void ConfirmationOutsideWindow(ILogger logger, long dossierId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Slip verification for confirmation {ConfirmationId}: {Result}")]
    public static partial void SlipVerified(ILogger logger, long confirmationId, string result);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Slip verification refused an invalid token")]
    public static partial void SlipTokenInvalid(ILogger logger);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Error, Message = "Unhandled error on {Path} (trace {TraceId})")]
    public static partial void UnhandledError(ILogger logger, string path, string traceId, Exception? exception);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Request to {Path} refused: too many requests in progress")]
    public static partial void RequestShedUnderLoad(ILogger logger, string path);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "Database unavailable on {Path} (trace {TraceId}); answered 503")]
    public static partial void DatabaseUnavailable(ILogger logger, string path, string traceId, Exception exception);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning, Message = "Could not read the shared keys at start-up; they are read on first use")]
    public static partial void KeyWarmupFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Information, Message = "Form on {Path} rejected: its antiforgery token is missing or stale (trace {TraceId}); sent back to the page")]
    public static partial void StaleFormRejected(ILogger logger, string path, string traceId);
}
