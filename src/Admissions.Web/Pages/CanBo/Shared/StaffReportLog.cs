namespace Admissions.Web.Pages.CanBo.Shared;

/// <summary>Log messages of the staff report pages. They carry account, dossier and school ids, never personal data.</summary>
internal static partial class StaffReportLog
{
    [LoggerMessage(EventId = 2150, Level = LogLevel.Information, Message = "Staff account {AccountId} viewed dossier {DossierId}")]
    public static partial void DossierViewed(ILogger logger, long accountId, long dossierId);

    [LoggerMessage(EventId = 2151, Level = LogLevel.Information, Message = "Staff account {AccountId} exported {Rows} rows of the chase list of preschool {PreschoolCode}")]
    public static partial void ChaseListExported(ILogger logger, long accountId, string preschoolCode, int rows);
}
