using Admissions.Data.Staff;
using Admissions.Domain.Season;
using Admissions.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Admissions.Web.Pages.CanBo;

/// <summary>Staff sign-in. Five wrong passwords lock the account for 15 minutes.</summary>
public sealed class DangNhapModel(StaffAccountRepository accounts, StaffAuditRepository audit, ILogger<DangNhapModel> logger) : PageModel
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(15);

    private const string WrongCredentials = "Tên đăng nhập hoặc mật khẩu không đúng. Xin kiểm tra lại (mật khẩu phân biệt chữ hoa và chữ thường).";

    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var username = (Username ?? "").Trim().ToLowerInvariant();
        if (username.Length == 0 || string.IsNullOrEmpty(Password))
        {
            Error = "Xin nhập tên đăng nhập và mật khẩu.";
            return Page();
        }

        var account = username.Length <= 64 ? await accounts.FindByUsernameAsync(username, cancellationToken) : null;
        if (account is null)
        {
            // Hash anyway, so that an unknown username takes as long as a wrong password.
            StaffPasswords.Hash(Password);
            Error = WrongCredentials;
            return Page();
        }

        if (account.LockedUntil is { } lockedUntil && lockedUntil > DateTime.UtcNow)
        {
            Error = LockedMessage(lockedUntil);
            return Page();
        }

        if (!StaffPasswords.Verify(account, Password))
        {
            var locked = await accounts.RecordFailedSignInAsync(account.Id, MaxFailures, LockDuration, cancellationToken);
            StaffLog.SignInFailed(logger, account.Id, locked is not null);
            Error = locked is { } until && until > DateTime.UtcNow ? LockedMessage(until) : WrongCredentials;
            return Page();
        }

        if (account.DisabledAt is not null)
        {
            Error = "Tài khoản này đã bị vô hiệu hóa. Xin liên hệ quản trị hệ thống của Sở.";
            return Page();
        }

        await accounts.RecordSuccessfulSignInAsync(account.Id, cancellationToken);
        await audit.RecordAsync(account.Id, StaffAuditActions.SignIn, null, null, cancellationToken);
        await StaffSession.SignInAsync(HttpContext, account);
        StaffLog.SignedIn(logger, account.Id);
        return RedirectToPage("/CanBo/Index");
    }

    private static string LockedMessage(DateTime lockedUntilUtc) =>
        $"Tài khoản tạm bị khóa do nhập sai mật khẩu nhiều lần. Xin thử lại sau {VietnamTime.Format(new DateTimeOffset(lockedUntilUtc, TimeSpan.Zero))} (giờ Việt Nam).";
}

internal static partial class StaffLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Staff account {AccountId} signed in")]
    public static partial void SignedIn(ILogger logger, long accountId);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Wrong password for staff account {AccountId}; locked: {Locked}")]
    public static partial void SignInFailed(ILogger logger, long accountId, bool locked);
}
