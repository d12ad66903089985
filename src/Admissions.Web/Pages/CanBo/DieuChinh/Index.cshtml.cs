using System.Globalization;
using Admissions.Data.Corrections;
using Admissions.Data.Staff;

namespace Admissions.Web.Pages.CanBo.DieuChinh;

/// <summary>The open correction requests in the account's scope, oldest first.</summary>
public sealed class IndexModel(CorrectionRepository corrections, StaffAuditRepository audit) : StaffPageModel
{
    /// <summary>The most requests one page lists; the oldest are listed, because they have waited longest.</summary>
    public const int ListLimit = 200;

    public IReadOnlyList<CorrectionListItem> Requests { get; private set; } = [];

    /// <summary>All open requests in scope, including those past <see cref="ListLimit"/>.</summary>
    public int TotalCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Requests = await corrections.ListOpenAsync(Staff.Scope, ListLimit, cancellationToken);
        TotalCount = Requests.Count == 0 ? 0 : Requests[0].TotalCount;

        var detail = "listed open correction requests: " + Requests.Count.ToString(CultureInfo.InvariantCulture);
        await audit.RecordAsync(Staff.AccountId, StaffAuditActions.ReviewCorrection, null, detail, cancellationToken);
    }
}
