using Admissions.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Admissions.Web.Pages.CanBo;

/// <summary>
/// Base of every staff page: requires a staff session and exposes the signed-in <see cref="StaffUser"/>.
/// Pages still check the scope on each resource they show and return 404 outside it.
/// </summary>
[Authorize(Policy = StaffSession.Policy)]
public abstract class StaffPageModel : PageModel
{
    public StaffUser Staff { get; private set; } = default!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var staff = await StaffSession.CurrentAsync(HttpContext);
        if (staff is null)
        {
            context.Result = RedirectToPage("/CanBo/DangNhap");
            return;
        }

        Staff = staff;
        // The same values antiforgery sets on pages with forms, so that it has nothing to override and log.
        Response.Headers.CacheControl = "no-cache, no-store";
        Response.Headers.Pragma = "no-cache";
        await next();
    }

    /// <summary>Returns the result for a resource outside the account's scope: the same 404 as for one that does not exist.</summary>
    protected IActionResult OutOfScope() => NotFound();
}
