using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Admissions.Domain.Security;
using Microsoft.Extensions.Options;

namespace Admissions.Web.Infrastructure;

/// <summary>
/// The site's global limiter, with two guards:
/// <list type="bullet">
/// <item>the per-address limit on lookups (POST to the home page), counted in one-minute windows in Redis so that it
/// applies across instances, or per instance while Redis is unavailable. The Redis key contains a keyed hash of the
/// address, never the address itself.</item>
/// <item>a cap on requests in progress in this instance, with a short queue, so that a surge gets a light 503 page
/// instead of growing latency for everyone.</item>
/// </list>
/// </summary>
public sealed class AdmissionsRateLimiter : PartitionedRateLimiter<HttpContext>
{
    /// <summary>Lease metadata naming the guard that refused a request: <see cref="RateLimitedReason"/> or <see cref="OverloadedReason"/>.</summary>
    public const string ReasonMetadata = "ADMISSIONS_REASON";
    public const string RateLimitedReason = "rate_limited";
    public const string OverloadedReason = "overloaded";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private static readonly RateLimitLease Granted = new Lease(true, null, null);

    private readonly RedisWindowCounter counter;
    private readonly KeyedHasher hasher;
    private readonly IOptions<RateLimitOptions> options;
    private readonly TimeProvider timeProvider;
    private readonly ConcurrencyLimiter inProgress;

    public AdmissionsRateLimiter(RedisWindowCounter counter, KeyedHasher hasher, IOptions<RateLimitOptions> options, TimeProvider timeProvider)
    {
        this.counter = counter;
        this.hasher = hasher;
        this.options = options;
        this.timeProvider = timeProvider;
        inProgress = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.Value.MaxRequestsInProgress,
            QueueLimit = options.Value.MaxQueuedRequests,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    // Counters of this instance alone, keyed like the Redis ones. They are used while Redis does not respond.
    private readonly ConcurrentDictionary<string, int> localCounts = new();
    private long localWindow;

    public static bool AppliesTo(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path == "/";

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

    private static bool IsHealthCheck(HttpContext context) => context.Request.Path.StartsWithSegments("/health");

    // The middleware calls AcquireAsync after a failed synchronous attempt, so lookups are counted there.
    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
    {
        if (IsHealthCheck(resource))
        {
            return Granted;
        }

        return AppliesTo(resource) ? new Lease(false, null, null) : inProgress.AttemptAcquire();
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken)
    {
        if (IsHealthCheck(resource))
        {
            return Granted;
        }

        if (AppliesTo(resource))
        {
            var limited = await CountLookupAsync(resource);
            if (limited is not null)
            {
                return limited;
            }
        }

        var lease = await inProgress.AcquireAsync(1, cancellationToken);
        return lease.IsAcquired ? lease : new Lease(false, TimeSpan.FromSeconds(options.Value.OverloadRetryAfterSeconds), OverloadedReason);
    }

    /// <summary>Counts a lookup against its address; returns a refusal when over the limit, otherwise null.</summary>
    private async ValueTask<RateLimitLease?> CountLookupAsync(HttpContext resource)
    {

        var limit = options.Value.LookupsPerAddressPerMinute;
        var partition = ClientAddress.PartitionKey(resource.Connection.RemoteIpAddress);
        var now = timeProvider.GetUtcNow();
        var windowStart = now.ToUnixTimeSeconds() / (long)Window.TotalSeconds;
        var retryAfter = TimeSpan.FromSeconds(((windowStart + 1) * (long)Window.TotalSeconds) - now.ToUnixTimeSeconds());

        var key = $"ratelimit:lookup:{hasher.HashHex(partition)}:{windowStart}";
        var count = await counter.IncrementAsync(key, Window);
        if (count is not null)
        {
            return count <= limit ? null : new Lease(false, retryAfter, RateLimitedReason);
        }

        if (Interlocked.Exchange(ref localWindow, windowStart) != windowStart)
        {
            localCounts.Clear();
        }

        var localCount = localCounts.AddOrUpdate(key, 1, (_, current) => current + 1);
        return localCount <= limit ? null : new Lease(false, retryAfter, RateLimitedReason);
    }

    protected override void Dispose(bool disposing)
    {
        inProgress.Dispose();
        base.Dispose(disposing);
    }

    private sealed class Lease(bool isAcquired, TimeSpan? retryAfter, string? reason) : RateLimitLease
    {
        public override bool IsAcquired => isAcquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name, ReasonMetadata];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            if (metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = retryAfter;
            }
            else if (metadataName == ReasonMetadata)
            {
                metadata = reason;
            }

            return metadata is not null;
        }
    }
}
