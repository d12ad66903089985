using System.Globalization;
using Admissions.Data.Reporting;
using Admissions.Data.Staff;
using Admissions.Domain.Dossiers;
using Admissions.Domain.Reporting;
using Admissions.Domain.Season;
using Admissions.Domain.Staff;
using Admissions.Web.Pages.CanBo.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Admissions.Web.Pages.CanBo.Truong;

/// <summary>
/// A school's confirmation rate, its progress day by day and the families still to remind, with a CSV export of
/// that list. Open to the school itself, to the ward where it is located and to the Department.
/// </summary>
public sealed class IndexModel(
    ReportingRepository reports,
    ChaseListRepository chaseList,
    StaffAuditRepository audit,
    IOptions<SeasonOptions> season,
    TimeProvider timeProvider,
    ILogger<IndexModel> logger) : StaffPageModel
{
    public const int PageSize = 50;

    /// <summary>The class filter (<c>lop</c>), empty for every class.</summary>
    [BindProperty(SupportsGet = true, Name = "lop")]
    public string? ClassFilter { get; set; }

    /// <summary>The status filter (<c>trang-thai</c>) as stored, for example <c>looked_up</c>, or empty for every pending status.</summary>
    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public string? StatusFilter { get; set; }

    /// <summary>The page of the chase list (<c>trang</c>), from 1.</summary>
    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public string Code { get; private set; } = "";

    public string SchoolName { get; private set; } = "";

    /// <summary>The ward where the school is located, or null until the first refresh after its first import.</summary>
    public string? WardName { get; private set; }

    public StatusSummary Summary { get; private set; } = default!;

    public ProgressChart Progress { get; private set; } = default!;

    public IReadOnlyList<string> Classes { get; private set; } = [];

    public ListPage<FamilyToChase> Families { get; private set; } = default!;

    /// <summary>Phones are shown in full only to the staff of the children's own school.</summary>
    public bool ShowFullPhones => Staff.Scope.Role == StaffRole.School;

    public ChaseFilter Filter => new()
    {
        PreschoolClass = string.IsNullOrWhiteSpace(ClassFilter) ? null : ClassFilter.Trim(),
        Status = ParseStatus(StatusFilter),
    };

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadSchoolAsync(code, cancellationToken))
        {
            return OutOfScope();
        }

        var counts = await reports.GetSchoolSummaryAsync(code, cancellationToken);
        Summary = new StatusSummary("school-summary", "Tình hình xác nhận của trường", counts);

        var daily = await reports.GetDailyProgressAsync(ReportArea.School(code), cancellationToken);
        Progress = ProgressChart.ForSeason(daily, season.Value, timeProvider.GetUtcNow(), "school-progress");

        Classes = await chaseList.ListClassesAsync(code, cancellationToken);

        PageNumber = Math.Max(1, PageNumber);
        Families = await chaseList.ListFamiliesToChaseAsync(code, Filter, PageNumber, PageSize, cancellationToken);
        if (Families.Rows.Count == 0 && PageNumber > Families.PageCount)
        {
            PageNumber = Families.PageCount;
            Families = await chaseList.ListFamiliesToChaseAsync(code, Filter, PageNumber, PageSize, cancellationToken);
        }

        return Page();
    }

    /// <summary>Sends the whole filtered chase list as CSV, after recording the export in the staff audit.</summary>
    public async Task<IActionResult> OnGetExportAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadSchoolAsync(code, cancellationToken))
        {
            return OutOfScope();
        }

        var filter = Filter;
        await audit.RecordAsync(Staff.AccountId, StaffAuditActions.ExportList, null, AuditDetail(code, filter), cancellationToken);

        var fileName = $"danh-sach-can-don-doc-{code}-{VietnamTime.ToLocal(timeProvider.GetUtcNow()):yyyyMMdd}.csv";
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        var rows = await ChaseListCsv.WriteAsync(
            Response.Body, chaseList.StreamFamiliesToChaseAsync(code, filter, cancellationToken), ShowFullPhones, cancellationToken);

        StaffReportLog.ChaseListExported(logger, Staff.AccountId, code, rows);
        return new EmptyResult();
    }

    /// <summary>The address of this page with the current filters and another page number.</summary>
    public string PageLink(int page) => Url.Page("/CanBo/Truong/Index", null, LinkValues(page), null) ?? "";

    /// <summary>The address of the CSV export with the current filters.</summary>
    public string ExportLink() => Url.Page("/CanBo/Truong/Index", "Export", LinkValues(null), null) ?? "";

    /// <summary>
    /// Reads the school and checks the account's scope on it. Returns false for a school outside the scope and for a
    /// code with no dossier, so that both get the same 404. A school account always reaches its own page.
    /// </summary>
    private async Task<bool> LoadSchoolAsync(string code, CancellationToken cancellationToken)
    {
        var preschool = await reports.FindPreschoolAsync(code, cancellationToken);
        if (!Staff.Scope.CoversSchool(code, preschool?.WardCode))
        {
            return false;
        }

        Code = code;
        SchoolName = preschool?.Name ?? code;
        WardName = preschool?.WardName;
        if (preschool is not null || Staff.Scope.Role == StaffRole.School)
        {
            return true;
        }

        // Imported since the last refresh_preschools(): the Department still reaches it by its code.
        var counts = await reports.GetSchoolSummaryAsync(code, cancellationToken);
        return counts.Total > 0;
    }

    private Dictionary<string, object?> LinkValues(int? page)
    {
        var filter = Filter;
        var values = new Dictionary<string, object?> { ["code"] = Code };
        if (filter.PreschoolClass is not null)
        {
            values["lop"] = filter.PreschoolClass;
        }

        if (filter.Status is { } status)
        {
            values["trang-thai"] = status.ToDb();
        }

        if (page is > 1)
        {
            values["trang"] = page.Value.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }

    /// <summary>The filter of an export for the audit row: codes and a class name, no personal data.</summary>
    private static string AuditDetail(string code, ChaseFilter filter) =>
        $"preschool={code}; class={filter.PreschoolClass ?? "*"}; status={(filter.Status is { } status ? status.ToDb() : "pending")}";

    /// <summary>Parses one of the pending statuses by its stored name. Anything else means every pending status.</summary>
    private static DossierStatus? ParseStatus(string? value)
    {
        foreach (var status in ChaseFilter.PendingStatuses)
        {
            if (string.Equals(value, status.ToDb(), StringComparison.Ordinal))
            {
                return status;
            }
        }

        return null;
    }
}
