using Admissions.Data.Lookup;
using Admissions.Web.Slips;
using Microsoft.AspNetCore.Mvc;

namespace Admissions.Web.Pages.HoSo;

/// <summary>The parent's confirmation slip, ready to print on A5.</summary>
public sealed class PhieuModel(DossierLookupService lookup, SlipFactory slips) : ParentPageModel(lookup)
{
    public SlipViewModel Slip { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var dossier = await LoadDossierAsync(cancellationToken);
        if (dossier is null)
        {
            return RedirectToPage("/Index");
        }

        var slip = slips.Create(dossier);
        if (slip is null)
        {
            return RedirectToPage("/HoSo/Index");
        }

        Slip = slip;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
