using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace Admissions.Web.Infrastructure;

/// <summary>
/// The parent's short session after a successful lookup: an encrypted, signed cookie that contains the dossier id and
/// the keyed hash of the ID (for the cache), never the ID or birth date themselves.
/// </summary>
public static class ParentSession
{
    public const string Scheme = "Parent";
    public const string Policy = "Parent";

    private const string DossierIdClaim = "dossier_id";
    private const string IdHashClaim = "id_hash";

    public static IServiceCollection AddParentSession(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var keysPath = configuration[$"{SecurityOptions.SectionName}:{nameof(SecurityOptions.DataProtectionKeysPath)}"];
        var dataProtection = services.AddDataProtection().SetApplicationName("Admissions");
        if (!string.IsNullOrWhiteSpace(keysPath))
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keysPath));
        }

        services.AddAuthentication(Scheme)
            .AddCookie(Scheme, options =>
            {
                options.Cookie.Name = "adm_parent";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookiePolicy(configuration, environment);
                options.ExpireTimeSpan = TimeSpan.FromMinutes(20);
                options.SlidingExpiration = true;
                options.LoginPath = "/";
                options.AccessDeniedPath = "/";
                options.ReturnUrlParameter = "_";
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireClaim(DossierIdClaim));
        return services;
    }

    /// <summary>
    /// Secure cookies (HTTPS only) except in Development, or when <c>Security:SecureCookies</c> is false, as for a load
    /// test over plain HTTP on loopback.
    /// </summary>
    public static CookieSecurePolicy CookiePolicy(IConfiguration configuration, IWebHostEnvironment environment) =>
        configuration.GetValue<bool?>($"{SecurityOptions.SectionName}:SecureCookies") ?? !environment.IsDevelopment()
            ? CookieSecurePolicy.Always
            : CookieSecurePolicy.SameAsRequest;

    public static Task SignInAsync(HttpContext context, long dossierId, string idHashHex)
    {
        var identity = new ClaimsIdentity(
            [new Claim(DossierIdClaim, dossierId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(IdHashClaim, idHashHex)],
            Scheme);
        return context.SignInAsync(Scheme, new ClaimsPrincipal(identity));
    }

    public static Task SignOutAsync(HttpContext context) => context.SignOutAsync(Scheme);

    /// <summary>Returns the session's dossier, or null when the request has no parent session.</summary>
    public static (long DossierId, string IdHashHex)? Read(ClaimsPrincipal user)
    {
        var dossierId = user.FindFirst(DossierIdClaim)?.Value;
        var idHash = user.FindFirst(IdHashClaim)?.Value;
        if (dossierId is null || idHash is null || !long.TryParse(dossierId, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        return (id, idHash);
    }
}
