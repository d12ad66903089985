using Admissions.Data.Dossiers;
using Admissions.Data.Lookup;
using Admissions.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Admissions.Web.Pages.HoSo;

/// <summary>Base of the pages a parent reaches through the session that a successful lookup started.</summary>
[Authorize(Policy = ParentSession.Policy)]
public abstract class ParentPageModel(DossierLookupService lookup) : PageModel
{
    protected long SessionDossierId { get; private set; }

    protected string SessionIdHash { get; private set; } = "";

    /// <summary>Loads the session's dossier; null when the session is invalid or the dossier no longer exists.</summary>
    protected async Task<DossierSnapshot?> LoadDossierAsync(CancellationToken cancellationToken)
    {
        var session = ParentSession.Read(User);
        if (session is null)
        {
            return null;
        }

        (SessionDossierId, SessionIdHash) = session.Value;
        var dossier = await lookup.GetForSessionAsync(SessionDossierId, SessionIdHash, cancellationToken);
        if (dossier is null)
        {
            await ParentSession.SignOutAsync(HttpContext);
        }

        return dossier;
    }
}
