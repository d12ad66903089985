using Admissions.Data.Reporting;
using Admissions.Domain.Season;
using Admissions.Domain.Staff;
using Admissions.Web.Pages.CanBo.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Admissions.Web.Pages.CanBo.So;

/// <summary>
/// The city's confirmation rate and progress, the wards ranked by the rate of the children residing there and the
/// schools ranked by rate, a page of 50 at a time. Open to the Department only.
/// </summary>
public sealed class IndexModel(ReportingRepository reports, IOptions<SeasonOptions> season, TimeProvider timeProvider) : StaffPageModel
{
    public const int SchoolsPerPage = 50;

    /// <summary>The page of the school ranking (<c>trang</c>), from 1.</summary>
    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public StatusSummary Summary { get; private set; } = default!;

    public ProgressChart Progress { get; private set; } = default!;

    public IReadOnlyList<WardRate> Wards { get; private set; } = [];

    public ListPage<SchoolRate> SchoolPage { get; private set; } = default!;

    public SchoolRanking Schools { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Staff.Scope.Role != StaffRole.Department)
        {
            return OutOfScope();
        }

        var counts = await reports.GetCitySummaryAsync(cancellationToken);
        Summary = new StatusSummary("city-summary", "Toàn thành phố", counts);

        var daily = await reports.GetDailyProgressAsync(ReportArea.City, cancellationToken);
        Progress = ProgressChart.ForSeason(daily, season.Value, timeProvider.GetUtcNow(), "city-progress");

        Wards = await reports.ListWardsAsync(cancellationToken);

        PageNumber = Math.Max(1, PageNumber);
        SchoolPage = await reports.ListSchoolsAsync(PageNumber, SchoolsPerPage, cancellationToken);
        if (SchoolPage.Rows.Count == 0 && PageNumber > 1)
        {
            PageNumber = 1;
            SchoolPage = await reports.ListSchoolsAsync(PageNumber, SchoolsPerPage, cancellationToken);
        }

        Schools = new SchoolRanking(
            $"Trường mầm non xếp theo tỷ lệ xác nhận, trang {SchoolPage.Page}/{SchoolPage.PageCount}", SchoolPage.Rows, ShowWard: true);
        return Page();
    }
}
