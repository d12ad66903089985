using System.Text.Json;
using Admissions.Data.Dossiers;
using Admissions.Data.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Admissions.Data.Cache;

/// <summary>
/// Cache-aside store of <see cref="DossierSnapshot"/> in Redis, keyed by the keyed hash of the personal ID.
/// Redis is only an accelerator: every failure is logged, treated as a miss, and Redis is then bypassed for
/// <see cref="RedisOptions.RetryAfterFailure"/> so that a frozen server does not slow every request.
/// </summary>
public sealed class DossierCache(RedisConnection redis, IOptions<RedisOptions> options, ILogger<DossierCache> logger)
{
    private const string KeyPrefix = "dossier:v1:";

    // Keys whose invalidation failed while Redis was unreachable. They are deleted before the cache is read
    // again, so that a server that was frozen rather than restarted does not serve entries that changed meanwhile.
    private const int MaxPendingInvalidations = 200_000;
    private readonly System.Collections.Concurrent.ConcurrentQueue<RedisKey> pendingInvalidations = new();

    public async Task<DossierSnapshot?> GetAsync(string idHashHex)
    {
        var database = redis.TryGetDatabase();
        if (database is null || !await FlushPendingInvalidationsAsync(database))
        {
            return null;
        }

        try
        {
            var value = await database.StringGetAsync(KeyPrefix + idHashHex);
            return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<DossierSnapshot>((byte[])value!);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or JsonException)
        {
            redis.ReportFailure(exception);
            return null;
        }
    }

    public async Task SetAsync(string idHashHex, DossierSnapshot snapshot)
    {
        var database = redis.TryGetDatabase();
        if (database is null)
        {
            return;
        }

        try
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(snapshot);
            await database.StringSetAsync(KeyPrefix + idHashHex, bytes, options.Value.EntryLifetime);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            redis.ReportFailure(exception);
        }
    }

    // Replaces the entry only while it still contains the snapshot the caller read. Any other entry is deleted, so
    // a write that raced with the caller's leaves no stale entry behind.
    private const string ReplaceScript = """
        local current = redis.call('GET', KEYS[1])
        if current == ARGV[1] then
            redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
            return 1
        end
        if current then
            redis.call('DEL', KEYS[1])
        end
        return 0
        """;

    /// <summary>
    /// Stores <paramref name="updated"/> in place of <paramref name="read"/> after the caller changed the dossier
    /// itself, which spares the next reader a trip to PostgreSQL. Where Redis fails, the key is deleted later, as
    /// <see cref="InvalidateAsync"/> does.
    /// </summary>
    public async Task ReplaceAsync(string idHashHex, DossierSnapshot read, DossierSnapshot updated)
    {
        RedisKey key = KeyPrefix + idHashHex;
        var database = redis.TryGetDatabase(ignoreBackoff: true);
        if (database is null)
        {
            Defer([key]);
            return;
        }

        try
        {
            await database.ScriptEvaluateAsync(
                ReplaceScript,
                [key],
                [
                    JsonSerializer.SerializeToUtf8Bytes(read),
                    JsonSerializer.SerializeToUtf8Bytes(updated),
                    (long)options.Value.EntryLifetime.TotalMilliseconds,
                ]);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            redis.ReportFailure(exception);
            Defer([key]);
        }
    }

    /// <summary>Removes entries after their dossier changed. A failure is logged; the entry then expires on its own.</summary>
    public async Task InvalidateAsync(IEnumerable<string> idHashHexes)
    {
        var keys = idHashHexes.Select(hash => (RedisKey)(KeyPrefix + hash)).ToArray();
        if (keys.Length == 0)
        {
            return;
        }

        var database = redis.TryGetDatabase(ignoreBackoff: true);
        if (database is null)
        {
            Defer(keys);
            return;
        }

        try
        {
            foreach (var chunk in keys.Chunk(1000))
            {
                await database.KeyDeleteAsync(chunk);
            }
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            redis.ReportFailure(exception);
            Defer(keys);
        }
    }

    private void Defer(RedisKey[] keys)
    {
        if (pendingInvalidations.Count + keys.Length > MaxPendingInvalidations)
        {
            CacheLog.InvalidationSkipped(logger, keys.Length);
            return;
        }

        foreach (var key in keys)
        {
            pendingInvalidations.Enqueue(key);
        }

        CacheLog.InvalidationDeferred(logger, keys.Length);
    }

    /// <summary>Deletes deferred keys; returns false when Redis failed again, so the caller skips the cache.</summary>
    private async Task<bool> FlushPendingInvalidationsAsync(IDatabase database)
    {
        while (!pendingInvalidations.IsEmpty)
        {
            var batch = new List<RedisKey>(1000);
            while (batch.Count < 1000 && pendingInvalidations.TryDequeue(out var key))
            {
                batch.Add(key);
            }

            try
            {
                await database.KeyDeleteAsync(batch.ToArray());
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                redis.ReportFailure(exception);
                Defer(batch.ToArray());
                return false;
            }
        }

        return true;
    }
}
