using Admissions.Data.Reporting;
using Admissions.Domain.Season;
using Admissions.Web.Pages.CanBo.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Admissions.Web.Pages.CanBo.Phuong;

/// <summary>
/// A ward's confirmation rate over the children residing there, their progress day by day, and the schools
/// located in the ward ranked by rate. Open to the ward itself and to the Department.
/// </summary>
public sealed class IndexModel(ReportingRepository reports, IOptions<SeasonOptions> season, TimeProvider timeProvider) : StaffPageModel
{
    public Ward Ward { get; private set; } = default!;

    public StatusSummary Summary { get; private set; } = default!;

    public ProgressChart Progress { get; private set; } = default!;

    public SchoolRanking Schools { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!Staff.Scope.CoversWard(code))
        {
            return OutOfScope();
        }

        var ward = await reports.FindWardAsync(code, cancellationToken);
        if (ward is null)
        {
            return OutOfScope();
        }

        Ward = ward;
        var counts = await reports.GetWardSummaryAsync(code, cancellationToken);
        Summary = new StatusSummary("ward-summary", "Trẻ cư trú trên địa bàn", counts);

        var daily = await reports.GetDailyProgressAsync(ReportArea.Ward(code), cancellationToken);
        Progress = ProgressChart.ForSeason(daily, season.Value, timeProvider.GetUtcNow(), "ward-progress");

        var schools = await reports.ListSchoolsInWardAsync(code, cancellationToken);
        Schools = new SchoolRanking($"Các trường mầm non đặt trên địa bàn {ward.Name}, xếp theo tỷ lệ xác nhận", schools, ShowWard: false);
        return Page();
    }
}
