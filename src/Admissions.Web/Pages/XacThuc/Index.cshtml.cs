using Admissions.Data.Dossiers;
using Admissions.Domain.Slips;
using Admissions.Web.Infrastructure;
using Admissions.Web.Pages.HoSo;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Admissions.Web.Pages.XacThuc;

public enum SlipVerdict
{
    Current,
    Stale,
    Invalid,
}

/// <summary>The page a slip's QR code opens: is the slip genuine, and does it still match the dossier?</summary>
public sealed class IndexModel(SlipTokenSigner signer, DossierRepository dossiers, ILogger<IndexModel> logger) : PageModel
{
    public SlipVerdict Verdict { get; private set; } = SlipVerdict.Invalid;

    public string? ConfirmedAt { get; private set; }

    public string? ReceiptCode { get; private set; }

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
    }
}
