using System.Globalization;
using System.Security.Claims;
using Admissions.Data.Staff;
using Admissions.Domain.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Admissions.Web.Infrastructure;

/// <summary>The signed-in staff member of a request: account, role and the code the account is limited to.</summary>
public sealed record StaffUser(long AccountId, string Username, string DisplayName, StaffScope Scope);

/// <summary>
/// Sign-in of school, ward and Department staff with a cookie of its own. Every request re-reads the account, so
/// disabling it ends its sessions at once.
/// </summary>
public static class StaffSession
{
    public const string Scheme = "Staff";
    public const string Policy = "Staff";

    private const string AccountIdClaim = "staff_account_id";

    public static IServiceCollection AddStaffSession(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddSingleton<StaffAccountRepository>();
        services.AddSingleton<StaffAuditRepository>();
        services.AddAuthentication()
            .AddCookie(Scheme, options =>
            {
                options.Cookie.Name = "adm_staff";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = ParentSession.CookiePolicy(configuration, environment);
                options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
                options.SlidingExpiration = true;
                options.LoginPath = "/can-bo/dang-nhap";
                options.AccessDeniedPath = "/can-bo/dang-nhap";
                options.ReturnUrlParameter = "quay-lai";
                options.Events.OnValidatePrincipal = ValidateAccountAsync;
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireClaim(AccountIdClaim));
        return services;
    }

    public static Task SignInAsync(HttpContext context, StaffAccount account)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(AccountIdClaim, account.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, account.Username),
            ],
            Scheme);
        return context.SignInAsync(Scheme, new ClaimsPrincipal(identity));
    }

    public static Task SignOutAsync(HttpContext context) => context.SignOutAsync(Scheme);

    /// <summary>
    /// Returns the staff member of this request, read from the database by the cookie's account id (cached for the
    /// request), or null when the request has no valid staff session.
    /// </summary>
    public static async Task<StaffUser?> CurrentAsync(HttpContext context)
    {
        if (context.Items.TryGetValue(typeof(StaffUser), out var cached))
        {
            return cached as StaffUser;
        }

        var result = await context.AuthenticateAsync(Scheme);
        StaffUser? user = null;
        if (result.Succeeded && TryReadAccountId(result.Principal, out var accountId))
        {
            var account = await context.RequestServices.GetRequiredService<StaffAccountRepository>().FindByIdAsync(accountId, context.RequestAborted);
            if (account is { DisabledAt: null })
            {
                user = new StaffUser(account.Id, account.Username, account.DisplayName, account.Scope);
            }
        }

        context.Items[typeof(StaffUser)] = user;
        return user;
    }

    private static async Task ValidateAccountAsync(CookieValidatePrincipalContext context)
    {
        if (!TryReadAccountId(context.Principal, out var accountId))
        {
            context.RejectPrincipal();
            return;
        }

        var accounts = context.HttpContext.RequestServices.GetRequiredService<StaffAccountRepository>();
        var account = await accounts.FindByIdAsync(accountId, context.HttpContext.RequestAborted);
        if (account is null || account.DisabledAt is not null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
            return;
        }

        context.HttpContext.Items[typeof(StaffUser)] = new StaffUser(account.Id, account.Username, account.DisplayName, account.Scope);
    }

    private static bool TryReadAccountId(ClaimsPrincipal? principal, out long accountId)
    {
        accountId = 0;
        var value = principal?.FindFirst(AccountIdClaim)?.Value;
        return value is not null && long.TryParse(value, CultureInfo.InvariantCulture, out accountId);
    }
}
