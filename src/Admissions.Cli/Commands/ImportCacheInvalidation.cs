using Admissions.Data.Cache;
using Admissions.Data.Infrastructure;
using Admissions.Domain.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Admissions.Cli.Commands;

/// <summary>
/// Drops the Redis entries of dossiers that an import changed, so that parents see the new data at once.
/// Without Redis nothing is dropped and a warning is logged; entries then expire after <see cref="RedisOptions.EntryLifetime"/>.
/// </summary>
internal static class ImportCacheInvalidation
{
    public static async Task RunAsync(CliContext context, IReadOnlyList<string> updatedNationalIds)
    {
        if (updatedNationalIds.Count == 0 || string.IsNullOrWhiteSpace(context.Redis.Configuration))
        {
            return;
        }

        var key = SecretStore.GetOrCreate(context.DataSource, "lookup_hash_key", context.Configuration["Security:LookupHashKey"]);
        var hasher = new KeyedHasher(key);
        var options = Options.Create(context.Redis);

        using var redis = new RedisConnection(options, context.LoggerFactory.CreateLogger<RedisConnection>());
        var cache = new DossierCache(redis, options, context.LoggerFactory.CreateLogger<DossierCache>());
        await cache.InvalidateAsync(updatedNationalIds.Select(hasher.HashHex));
        ImportCliLog.CacheInvalidated(context.Logger("Admissions.Import"), updatedNationalIds.Count, redis.IsConnected);
    }
}

internal static partial class ImportCliLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Asked Redis to drop {Count} changed dossiers (connected: {Connected})")]
    public static partial void CacheInvalidated(ILogger logger, int count, bool connected);
}
