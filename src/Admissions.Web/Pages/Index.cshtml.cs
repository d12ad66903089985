using Admissions.Data.Lookup;
using Admissions.Domain.Identity;
using Admissions.Domain.Season;
using Admissions.Domain.Security;
using Admissions.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Admissions.Web.Pages;

/// <summary>The home page: the parent looks the dossier up with the child's personal ID and birth date.</summary>
public sealed class IndexModel(DossierLookupService lookup, KeyedHasher hasher, ILogger<IndexModel> logger) : PageModel
{
    public const string NoMatchMessage =
        "Không tìm thấy hồ sơ khớp với mã định danh và ngày sinh đã nhập. Xin kiểm tra lại từng chữ số của mã định danh " +
        "và ngày sinh theo giấy khai sinh của trẻ. Nếu vẫn không tra cứu được, xin liên hệ trường mầm non nơi trẻ đang học để được hỗ trợ.";

    [BindProperty]
    public string? PersonalId { get; set; }

    [BindProperty]
    public string? BirthDate { get; set; }

    public string? LockedMessage { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Domain.Identity.PersonalId.TryParse(PersonalId, out var id))
        {
            ModelState.AddModelError(nameof(PersonalId), "Mã định danh gồm 12 chữ số (hoặc mã tạm gồm chữ TMP và 9 chữ số). Xin kiểm tra lại.");
        }

        if (!DateInput.TryParse(BirthDate, out var birthDate))
        {
            ModelState.AddModelError(nameof(BirthDate), "Ngày sinh không hợp lệ. Xin nhập theo dạng ngày/tháng/năm, ví dụ 14/03/2021, hoặc chọn trên lịch.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var clientHash = hasher.Hash("client:" + ClientAddress.PartitionKey(HttpContext.Connection.RemoteIpAddress));
        var result = await lookup.LookupAsync(id, birthDate, clientHash, cancellationToken);

        switch (result.Kind)
        {
            case LookupResultKind.Found:
                await ParentSession.SignInAsync(HttpContext, result.Dossier!.Id, result.IdHashHex!);
                WebLog.ParentSessionStarted(logger, result.Dossier.Id);
                return RedirectToPage("/HoSo/Index");

            case LookupResultKind.Locked:
                var until = result.LockedUntil!.Value;
                var retryAfter = until - DateTime.UtcNow;
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                LockedMessage =
                    "Mã định danh này đã bị tạm khóa tra cứu do nhập sai ngày sinh nhiều lần. " +
                    $"Xin thử lại sau {VietnamTime.Format(new DateTimeOffset(until, TimeSpan.Zero))}. " +
                    "Nếu chắc chắn ngày sinh đã đúng, xin liên hệ trường mầm non nơi trẻ đang học.";
                return Page();

            default:
                ModelState.AddModelError(string.Empty, NoMatchMessage);
                return Page();
        }
    }
}
