namespace Admissions.Web.Pages.CanBo.InPhieu;

/// <summary>Log messages of staff printing and scanning slips. They carry account, dossier and school ids, never a child's data.</summary>
internal static partial class SlipPrintLog
{
    [LoggerMessage(EventId = 2400, Level = LogLevel.Information, Message = "Staff account {AccountId} printed {Count} slips of preschool {PreschoolCode}, page {PageNumber}")]
    public static partial void SlipsPrinted(ILogger logger, long accountId, int count, string preschoolCode, int pageNumber);

    [LoggerMessage(EventId = 2401, Level = LogLevel.Information, Message = "Staff account {AccountId} scanned the slip of dossier {DossierId}")]
    public static partial void SlipScanned(ILogger logger, long accountId, long dossierId);

    [LoggerMessage(EventId = 2402, Level = LogLevel.Information, Message = "Staff account {AccountId} scanned the slip of dossier {DossierId} outside its scope; the public view was shown")]
    public static partial void SlipScannedOutsideScope(ILogger logger, long accountId, long dossierId);
}
