using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Admissions.Domain.Security;
using Microsoft.Extensions.Options;

namespace Admissions.Web.Infrastructure;

/// <summary>
/// The per-address limit on lookups (POST to the home page), counted in one-minute windows in Redis so that it
/// holds across instances. While Redis is unavailable each instance counts on its own. Other requests pass.
/// The partition key in Redis is a keyed hash of the address, never the address itself.
/// </summary>
public sealed class LookupRateLimiter(
    RedisWindowCounter counter,
    KeyedHasher hasher,
    IOptions<RateLimitOptions> options,
    TimeProvider timeProvider) : PartitionedRateLimiter<HttpContext>
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private static readonly RateLimitLease Granted = new Lease(true, null);

    // Counters of this instance alone, keyed like the Redis ones; used while Redis cannot answer.
    private readonly ConcurrentDictionary<string, int> localCounts = new();
    private long localWindow;

    public static bool AppliesTo(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path == "/";

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

    // The middleware calls AcquireAsync after a failed synchronous attempt, so lookups are counted there.
    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        AppliesTo(resource) ? new Lease(false, null) : Granted;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken)
    {
        if (!AppliesTo(resource))
        {
            return Granted;
        }

        var limit = options.Value.LookupsPerAddressPerMinute;
        var partition = ClientAddress.PartitionKey(resource.Connection.RemoteIpAddress);
        var now = timeProvider.GetUtcNow();
        var windowStart = now.ToUnixTimeSeconds() / (long)Window.TotalSeconds;
        var retryAfter = TimeSpan.FromSeconds(((windowStart + 1) * (long)Window.TotalSeconds) - now.ToUnixTimeSeconds());

        var key = $"ratelimit:lookup:{hasher.HashHex(partition)}:{windowStart}";
        var count = await counter.IncrementAsync(key, Window);
        if (count is not null)
        {
            return count <= limit ? Granted : new Lease(false, retryAfter);
        }

        if (Interlocked.Exchange(ref localWindow, windowStart) != windowStart)
        {
            localCounts.Clear();
        }

        var localCount = localCounts.AddOrUpdate(key, 1, (_, current) => current + 1);
        return localCount <= limit ? Granted : new Lease(false, retryAfter);
    }

    private sealed class Lease(bool isAcquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => isAcquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
