using Admissions.Data.Cache;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Admissions.Data.Lookup;

/// <summary>
/// Redis markers of IDs that failed a lookup within the failure window, so that most lookups skip the lockout
/// query in PostgreSQL. PostgreSQL stays the source of truth: the markers are trusted only while Redis has kept
/// them for a whole window. A missing epoch key (Redis restarted or was flushed) or an epoch younger than the window
/// (an instance lost Redis and reset it on recovery) sends every lookup to PostgreSQL until a window has passed.
/// </summary>
public sealed class LookupFailureMarkers(RedisConnection redis, IOptions<LookupOptions> options)
{
    private const string MarkerPrefix = "lookup:failed:v1:";
    private const string EpochKey = "lookup:failed:v1:epoch";

    // How long this instance relies on an epoch it found trusted before reading it again.
    private static readonly TimeSpan TrustRecheckInterval = TimeSpan.FromSeconds(1);

    private long resetEpochOnRecovery;
    private long trustedUntilTicks;

    /// <summary>Returns false only when Redis vouches that the ID had no failure in the window; true or unknown otherwise.</summary>
    public async Task<bool> MayBeLockedAsync(string idHashHex)
    {
        var database = redis.TryGetDatabase();
        if (database is null)
        {
            Interlocked.Exchange(ref resetEpochOnRecovery, 1);
            Interlocked.Exchange(ref trustedUntilTicks, 0);
            return true;
        }

        try
        {
            if (DateTime.UtcNow.Ticks < Interlocked.Read(ref trustedUntilTicks) && Interlocked.Read(ref resetEpochOnRecovery) == 0)
            {
                return await database.KeyExistsAsync(MarkerPrefix + idHashHex);
            }

            // One connection keeps the order of commands, so the three go out together and need one round trip.
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            var reset = Interlocked.Exchange(ref resetEpochOnRecovery, 0) == 1;
            var setEpoch = database.StringSetAsync(EpochKey, now, when: reset ? When.Always : When.NotExists);
            var epoch = database.StringGetAsync(EpochKey);
            var marker = database.KeyExistsAsync(MarkerPrefix + idHashHex);
            await Task.WhenAll(setEpoch, epoch, marker);

            var trustedSince = (long?)epoch.Result ?? now;
            var trusted = now - trustedSince >= (long)options.Value.FailureWindow.TotalSeconds;
            if (trusted)
            {
                Interlocked.Exchange(ref trustedUntilTicks, DateTime.UtcNow.Add(TrustRecheckInterval).Ticks);
            }

            return !trusted || marker.Result;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            redis.ReportFailure(exception);
            Interlocked.Exchange(ref resetEpochOnRecovery, 1);
            Interlocked.Exchange(ref trustedUntilTicks, 0);
            return true;
        }
    }

    /// <summary>Marks an ID after a failed lookup, for the length of the failure window.</summary>
    public async Task MarkAsync(string idHashHex)
    {
        var database = redis.TryGetDatabase(ignoreBackoff: true);
        if (database is null)
        {
            Interlocked.Exchange(ref resetEpochOnRecovery, 1);
            return;
        }

        try
        {
            await database.StringSetAsync(MarkerPrefix + idHashHex, 1, options.Value.FailureWindow);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            redis.ReportFailure(exception);
            Interlocked.Exchange(ref resetEpochOnRecovery, 1);
        }
    }
}
