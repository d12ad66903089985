using System.Globalization;
using Admissions.Data.Slips;
using Admissions.Data.Staff;
using Admissions.Domain.Dossiers;
using Admissions.Domain.Staff;
using Admissions.Web.Slips;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Admissions.Web.Pages.CanBo.InPhieu;

/// <summary>
/// Batch printing of confirmation slips: the slips of one preschool's confirmed dossiers, optionally of one class,
/// two per A4 sheet. A school account prints only its own school, a ward account the schools located in its ward,
/// and the Department any school. Every page of slips shown is recorded in the staff audit.
/// </summary>
public sealed class IndexModel(
    SlipBatchRepository batches,
    SlipFactory slipFactory,
    StaffAuditRepository audit,
    ILogger<IndexModel> logger) : StaffPageModel
{
    /// <summary>Slips on one page. A larger batch is split into pages, so that one page stays quick to render and print.</summary>
    public const int MaxSlipsPerPage = 500;

    /// <summary>The value of <c>trang-thai</c> that selects every dossier with a slip, whatever its status.</summary>
    public const string AnyStatus = "all";

    /// <summary>The statuses in which a dossier can have a slip, offered in the status filter.</summary>
    public static IReadOnlyList<DossierStatus> StatusesWithSlip { get; } = [DossierStatus.Confirmed, DossierStatus.CorrectionRequested];

    /// <summary>The preschool code (<c>truong</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "truong")]
    public string? SchoolCode { get; set; }

    /// <summary>The class (<c>lop</c>); empty for every class.</summary>
    [BindProperty(SupportsGet = true, Name = "lop")]
    public string? ClassName { get; set; }

    /// <summary>The status (<c>trang-thai</c>) as stored, or <see cref="AnyStatus"/>; empty for confirmed.</summary>
    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public string? StatusValue { get; set; }

    /// <summary>The page of slips (<c>trang</c>), from 1.</summary>
    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<SlipSchool> Schools { get; private set; } = [];

    /// <summary>The chosen school, once it is known to be within the account's scope.</summary>
    public SlipSchool? School { get; private set; }

    public IReadOnlyList<string> Classes { get; private set; } = [];

    /// <summary>The status filter; null for every dossier with a slip.</summary>
    public DossierStatus? Status { get; private set; } = DossierStatus.Confirmed;

    /// <summary>A problem with the chosen filter, in Vietnamese; no slips are shown with it.</summary>
    public string? FilterError { get; private set; }

    public int TotalSlips { get; private set; }

    public int PageCount { get; private set; }

    public IReadOnlyList<SlipViewModel> Slips { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Schools = await batches.ListSchoolsAsync(Staff.Scope, cancellationToken);
        var schoolCode = SchoolCode?.Trim();
        if (string.IsNullOrEmpty(schoolCode))
        {
            // A school account has one school to choose from, so it starts there.
            schoolCode = Staff.Scope.Role == StaffRole.School ? Staff.Scope.Code : null;
        }

        if (string.IsNullOrEmpty(schoolCode))
        {
            return Page();
        }

        var school = await batches.FindSchoolAsync(schoolCode, cancellationToken);
        if (school is null || !Staff.Scope.CoversSchool(school.Code, school.WardCode))
        {
            return OutOfScope();
        }

        School = school;
        SchoolCode = school.Code;
        Classes = await batches.ListClassesAsync(school.Code, cancellationToken);

        var className = string.IsNullOrWhiteSpace(ClassName) ? null : ClassName.Trim();
        if (!TryParseStatus(StatusValue, out var status))
        {
            FilterError = "Trạng thái hồ sơ đã chọn không hợp lệ. Xin chọn lại trong danh sách.";
            return Page();
        }

        Status = status;
        if (className is not null && !Classes.Contains(className, StringComparer.Ordinal))
        {
            FilterError = $"Trường {school.Name} không có lớp “{className}”. Xin chọn lại lớp trong danh sách.";
            return Page();
        }

        ClassName = className;
        await LoadSlipsAsync(new SlipBatchFilter(school.Code, className, status), cancellationToken);
        return Page();
    }

    /// <summary>The address of another page of the same batch.</summary>
    public string PageUrl(int pageNumber)
    {
        var query = new Dictionary<string, string?>
        {
            ["truong"] = SchoolCode,
            ["lop"] = ClassName ?? "",
            ["trang-thai"] = Status?.ToDb() ?? AnyStatus,
            ["trang"] = pageNumber.ToString(CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/can-bo/in-phieu", query);
    }

    private async Task LoadSlipsAsync(SlipBatchFilter filter, CancellationToken cancellationToken)
    {
        TotalSlips = await batches.CountSlipsAsync(filter, cancellationToken);
        PageCount = (TotalSlips + MaxSlipsPerPage - 1) / MaxSlipsPerPage;
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(PageCount, 1));
        if (TotalSlips == 0)
        {
            return;
        }

        var dossiers = await batches.ListSlipsAsync(filter, (PageNumber - 1) * MaxSlipsPerPage, MaxSlipsPerPage, cancellationToken);
        Slips = dossiers.Select(slipFactory.Create).OfType<SlipViewModel>().ToList();

        // The detail names the batch, never a child: school, class, status and how many slips this page holds.
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"school={filter.SchoolCode}; class={filter.ClassName ?? "*"}; status={filter.Status?.ToDb() ?? "*"}; count={Slips.Count}; page={PageNumber}/{PageCount}");
        await audit.RecordAsync(Staff.AccountId, StaffAuditActions.PrintSlips, null, detail, cancellationToken);
        SlipPrintLog.SlipsPrinted(logger, Staff.AccountId, Slips.Count, filter.SchoolCode, PageNumber);
    }

    private static bool TryParseStatus(string? value, out DossierStatus? status)
    {
        status = DossierStatus.Confirmed;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (value == AnyStatus)
        {
            status = null;
            return true;
        }

        foreach (var candidate in StatusesWithSlip)
        {
            if (candidate.ToDb() == value)
            {
                status = candidate;
                return true;
            }
        }

        return false;
    }
}
