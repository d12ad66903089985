using Admissions.Data.Reporting;
using Admissions.Data.Staff;
using Admissions.Domain.Staff;
using Admissions.Web.Pages.CanBo.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Admissions.Web.Pages.CanBo.HoSo;

/// <summary>
/// Every field of one dossier and its status history, for staff whose scope covers it: the child's school, the
/// ward where the child resides or where the school is located, and the Department. Each view is audited.
/// </summary>
public sealed class IndexModel(
    StaffDossierRepository dossiers,
    StaffAuditRepository audit,
    ILogger<IndexModel> logger) : StaffPageModel
{
    public StaffDossier Dossier { get; private set; } = default!;

    public IReadOnlyList<DossierHistoryEntry> History { get; private set; } = [];

    /// <summary>Phones in full and ethnicity are for the staff of the child's own school only.</summary>
    public bool IsChildsSchool => Staff.Scope.Role == StaffRole.School;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var dossier = await dossiers.FindAsync(id, cancellationToken);
        if (dossier is null || !Staff.Scope.Covers(dossier.PreschoolCode, dossier.WardCode, dossier.PreschoolWardCode))
        {
            return OutOfScope();
        }

        Dossier = dossier;
        History = await dossiers.ListHistoryAsync(id, cancellationToken);

        await audit.RecordAsync(Staff.AccountId, StaffAuditActions.ViewDossier, id, null, cancellationToken);
        StaffReportLog.DossierViewed(logger, Staff.AccountId, id);
        return Page();
    }
}
