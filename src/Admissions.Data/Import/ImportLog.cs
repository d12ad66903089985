using Microsoft.Extensions.Logging;

namespace Admissions.Data.Import;

/// <summary>Log messages of the dossier import. They carry run ids, line numbers and counts, never personal data.</summary>
internal static partial class ImportLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Import run {RunId} started for file {FileName}")]
    public static partial void Started(ILogger logger, long runId, string fileName);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Import run {RunId} committed in {ElapsedMs} ms: read {Read}, inserted {Inserted}, updated {Updated}, unchanged {Unchanged}, rejected {Rejected}, with warnings {Warnings}")]
    public static partial void Completed(ILogger logger, long runId, long elapsedMs, int read, int inserted, int updated, int unchanged, int rejected, int warnings);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Import of file {FileName} rejected as a whole: {Kind}")]
    public static partial void FileRejected(ILogger logger, string fileName, ImportRejectionKind kind);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Import of file {FileName} rolled back because a ward code is missing from the wards table")]
    public static partial void WardsNotLoaded(ILogger logger, string fileName, Exception exception);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Information, Message = "Import run {RunId} staged {Staged} rows in {ElapsedMs} ms; merging")]
    public static partial void Staged(ILogger logger, long runId, int staged, long elapsedMs);
}
