using Admissions.Data.Dossiers;
using Admissions.Data.Slips;
using Admissions.Data.Staff;
using Admissions.Domain.Dossiers;
using Admissions.Domain.Slips;
using Admissions.Web.Infrastructure;
using Admissions.Web.Pages.CanBo.InPhieu;
using Admissions.Web.Pages.HoSo;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Admissions.Web.Pages.XacThuc;

public enum SlipVerdict
{
    Current,
    Stale,
    Invalid,
}

/// <summary>The details shown, besides the verdict, to a signed-in staff member whose scope covers the dossier.</summary>
public sealed record StaffSlipView(string ChildName, string StatusLabel);

/// <summary>
/// The page a slip's QR code opens: is the slip genuine, and does it still match the dossier? Every visitor is shown
/// the verdict and the confirmation time. A signed-in staff member whose scope covers the dossier is also shown the
/// child's name and the dossier's current status, and that view is recorded in the staff audit.
/// </summary>
public sealed class IndexModel(
    SlipTokenSigner signer,
    DossierRepository dossiers,
    SlipScanRepository scans,
    StaffAuditRepository audit,
    ILogger<IndexModel> logger) : PageModel
{
    public SlipVerdict Verdict { get; private set; } = SlipVerdict.Invalid;

    public string? ConfirmedAt { get; private set; }

    public string? ReceiptCode { get; private set; }

    /// <summary>Set only for a staff member whose scope covers the dossier.</summary>
    public StaffSlipView? StaffView { get; private set; }

    public async Task OnGetAsync(string? token, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var claim = signer.Verify(token);
        if (claim is null)
        {
            WebLog.SlipTokenInvalid(logger);
            return;
        }

        var slip = await dossiers.FindSlipAsync(claim.Value.ConfirmationId, cancellationToken);
        var confirmedSeconds = slip is null ? 0 : new DateTimeOffset(DateTime.SpecifyKind(slip.ConfirmedAt, DateTimeKind.Utc)).ToUnixTimeSeconds();
        if (slip is null || confirmedSeconds != claim.Value.IssuedAt.ToUnixTimeSeconds())
        {
            WebLog.SlipVerified(logger, claim.Value.ConfirmationId, "unknown confirmation");
            return;
        }

        Verdict = slip.IsCurrent ? SlipVerdict.Current : SlipVerdict.Stale;
        ConfirmedAt = DisplayFormat.Instant(slip.ConfirmedAt);
        ReceiptCode = slip.ReceiptCode;
        WebLog.SlipVerified(logger, slip.ConfirmationId, Verdict.ToString());

        await ShowStaffViewAsync(slip, cancellationToken);
    }

    private async Task ShowStaffViewAsync(SlipRecord slip, CancellationToken cancellationToken)
    {
        var staff = await StaffSession.CurrentAsync(HttpContext);
        if (staff is null)
        {
            return;
        }

        var placement = await scans.FindPlacementAsync(slip.DossierId, cancellationToken);
        if (placement is null || !staff.Scope.Covers(placement.PreschoolCode, placement.WardCode, placement.PreschoolWardCode))
        {
            SlipPrintLog.SlipScannedOutsideScope(logger, staff.AccountId, slip.DossierId);
            return;
        }

        StaffView = new StaffSlipView(slip.FullName, DossierStatusNames.FromDb(slip.Status).ToVietnamese());
        await audit.RecordAsync(staff.AccountId, StaffAuditActions.ScanSlip, slip.DossierId, $"verdict={Verdict.ToString().ToLowerInvariant()}", cancellationToken);
        SlipPrintLog.SlipScanned(logger, staff.AccountId, slip.DossierId);
    }
}
