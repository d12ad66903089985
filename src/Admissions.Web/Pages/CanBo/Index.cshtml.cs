using Admissions.Domain.Staff;
using Microsoft.AspNetCore.Mvc;

namespace Admissions.Web.Pages.CanBo;

/// <summary>Sends each account to its own overview: the school's, the ward's or the city's.</summary>
public sealed class IndexModel : StaffPageModel
{
    public IActionResult OnGet() => Staff.Scope.Role switch
    {
        StaffRole.School => RedirectToPage("/CanBo/Truong/Index", new { code = Staff.Scope.Code }),
        StaffRole.Ward => RedirectToPage("/CanBo/Phuong/Index", new { code = Staff.Scope.Code }),
        _ => RedirectToPage("/CanBo/So/Index"),
    };
}
