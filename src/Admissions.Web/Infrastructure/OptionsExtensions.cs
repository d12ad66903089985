using Admissions.Data.Infrastructure;
using Admissions.Data.Lookup;
using Admissions.Domain.Season;

namespace Admissions.Web.Infrastructure;

public static class OptionsExtensions
{
    /// <summary>Binds every configuration section to its options class and validates the required ones at start-up.</summary>
    public static void AddAdmissionsOptions(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "Database:ConnectionString is required.")
            .ValidateOnStart();
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.SectionName);
        services.AddOptions<LookupOptions>().BindConfiguration(LookupOptions.SectionName);
        services.AddOptions<SeasonOptions>()
            .BindConfiguration(SeasonOptions.SectionName)
            .Validate(o => o.ConfirmationOpens < o.ConfirmationCloses, "Season:ConfirmationOpens must be before ConfirmationCloses.")
            .Validate(o => Uri.IsWellFormedUriString(o.PublicBaseUrl, UriKind.Absolute), "Season:PublicBaseUrl must be an absolute address.")
            .ValidateOnStart();
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName);
        services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.SectionName)
            .Validate(o => o.LookupsPerAddressPerMinute > 0, "RateLimits:LookupsPerAddressPerMinute must be positive.")
            .Validate(o => o.MaxRequestsInProgress > 0 && o.MaxQueuedRequests >= 0, "RateLimits:MaxRequestsInProgress must be positive and MaxQueuedRequests not negative.")
            .ValidateOnStart();
    }
}

/// <summary>The configuration section <c>Security</c>: keys shared by every instance, as base64 of at least 32 bytes.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>HMAC key for hashing personal IDs and client addresses; created in the database when empty.</summary>
    public string? LookupHashKey { get; set; }

    /// <summary>HMAC key that signs slip tokens; created in the database when empty.</summary>
    public string? SlipSigningKey { get; set; }

    /// <summary>Folder holding the ASP.NET Core data-protection keys that sign session cookies; shared by all instances.</summary>
    public string? DataProtectionKeysPath { get; set; }

    /// <summary>Whether session cookies are sent over HTTPS only; unset means yes except in Development.</summary>
    public bool? SecureCookies { get; set; }

    /// <summary>Addresses of reverse proxies (nginx) whose X-Forwarded-For header is trusted.</summary>
    public string[] TrustedProxies { get; set; } = [];
}

/// <summary>The configuration section <c>RateLimits</c>.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>
    /// Lookups one client address may make per minute (IPv6 counted per /64). Generous on purpose: mobile carriers
    /// put many parents behind one public address, and the per-ID lockout is the guard against guessing.
    /// </summary>
    public int LookupsPerAddressPerMinute { get; set; } = 30;

    /// <summary>Requests one instance works on at once; more wait in the queue.</summary>
    public int MaxRequestsInProgress { get; set; } = 256;

    /// <summary>Requests that may wait for a slot; beyond that an instance returns 503 at once.</summary>
    public int MaxQueuedRequests { get; set; } = 1024;

    /// <summary>The <c>Retry-After</c> sent with a 503 response, in seconds.</summary>
    public int OverloadRetryAfterSeconds { get; set; } = 5;
}
