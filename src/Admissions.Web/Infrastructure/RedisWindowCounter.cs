using Admissions.Data.Cache;
using StackExchange.Redis;

namespace Admissions.Web.Infrastructure;

/// <summary>
/// Fixed-window request counters shared by every instance through Redis. Returns null when Redis cannot
/// answer, so that the caller falls back to a counter of its own instance.
/// </summary>
public sealed class RedisWindowCounter(RedisConnection redis)
{
    public async Task<long?> IncrementAsync(string key, TimeSpan window)
    {
        var database = redis.TryGetDatabase();
        if (database is null)
        {
            return null;
        }

        try
        {
            var count = await database.StringIncrementAsync(key);
            if (count == 1)
            {
                await database.KeyExpireAsync(key, window + TimeSpan.FromSeconds(5));
            }

            return count;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            redis.ReportFailure(exception);
            return null;
        }
    }
}
