using Admissions.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Admissions.Web.Pages.CanBo;

/// <summary>
/// Staff sign-out. It is a staff page so that the request is authenticated with the staff cookie, the identity the
/// form's antiforgery token was issued for.
/// </summary>
public sealed class DangXuatModel : StaffPageModel
{
    public IActionResult OnGet() => RedirectToPage("/CanBo/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await StaffSession.SignOutAsync(HttpContext);
        return RedirectToPage("/CanBo/DangNhap");
    }
}
