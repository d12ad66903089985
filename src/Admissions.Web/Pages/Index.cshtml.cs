using Admissions.Data.Lookup;
using Admissions.Domain.Identity;
using Admissions.Domain.Season;
using Admissions.Domain.Security;
using Admissions.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Admissions.Web.Pages;

/// <summary>The home page: the parent looks the dossier up with the child's personal ID and birth date.</summary>
public sealed class IndexModel(DossierLookupService lookup, KeyedHasher hasher, TimeProvider timeProvider, ILogger<IndexModel> logger) : PageModel
{
    public const string NoMatchMessage =
        "Không tìm thấy hồ sơ khớp với mã định danh và ngày sinh đã nhập. Xin kiểm tra lại từng chữ số của mã định danh " +
        "và ngày sinh theo giấy khai sinh của trẻ. Nếu vẫn không tra cứu được, xin liên hệ trường mầm non nơi trẻ đang học để được hỗ trợ.";

    [BindProperty]
    public string? PersonalId { get; set; }

    [BindProperty]
    public string? BirthDate { get; set; }

    public string? LockedMessage { get; private set; }

    /// <summary>Set when a parent page sent the visitor here because the session had expired.</summary>
    public bool SessionExpired { get; private set; }

    public bool HasError(string field) => ModelState[field]?.Errors.Count > 0;

    public void OnGet([FromQuery(Name = "_")] string? returnPath)
    {
        SessionExpired = returnPath is not null && returnPath.StartsWith("/ho-so", StringComparison.Ordinal);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = default(PersonalId);
        if (string.IsNullOrWhiteSpace(PersonalId))
        {
            ModelState.AddModelError(nameof(PersonalId), "Xin nhập mã định danh của trẻ.");
        }
        else if (!Domain.Identity.PersonalId.TryParse(PersonalId, out id))
        {
            ModelState.AddModelError(nameof(PersonalId), "Mã định danh gồm 12 chữ số (hoặc mã tạm gồm chữ TMP và 9 chữ số). Xin kiểm tra lại.");
        }

        var birthDate = default(DateOnly);
        if (string.IsNullOrWhiteSpace(BirthDate))
        {
            ModelState.AddModelError(nameof(BirthDate), "Xin nhập ngày sinh của trẻ.");
        }
        else if (!DateInput.TryParse(BirthDate, out birthDate))
        {
            ModelState.AddModelError(nameof(BirthDate), DateInput.LooksLikeDate(BirthDate)
                ? "Ngày sinh này không có trên lịch (ví dụ tháng 2 không có ngày 30, 31). Xin kiểm tra lại theo giấy khai sinh."
                : "Ngày sinh chưa đúng dạng. Xin nhập theo dạng ngày/tháng/năm, ví dụ 14/03/2021, hoặc chọn trên lịch.");
        }
        else if (birthDate > DateOnly.FromDateTime(VietnamTime.ToLocal(timeProvider.GetUtcNow())))
        {
            ModelState.AddModelError(nameof(BirthDate), "Ngày sinh không thể sau ngày hôm nay. Xin kiểm tra lại.");
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
                    "Mã định danh này đã bị tạm khóa tra cứu do thông tin nhập vào không khớp nhiều lần liên tiếp. " +
                    $"Xin thử lại sau {VietnamTime.Format(new DateTimeOffset(until, TimeSpan.Zero))} (giờ Việt Nam). " +
                    "Nếu chắc chắn mã định danh và ngày sinh đã đúng, xin liên hệ trường mầm non nơi trẻ đang học.";
                return Page();

            default:
                ModelState.AddModelError(string.Empty, NoMatchMessage);
                return Page();
        }
    }
}
