using Admissions.Data.Cache;
using Admissions.Data.Dossiers;
using Admissions.Data.Infrastructure;
using Admissions.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Admissions.Tests.Data;

public sealed class DossierCacheTests : IDisposable
{
    private readonly RedisConnection redis;
    private readonly DossierCache cache;

    public DossierCacheTests()
    {
        var options = Options.Create(new RedisOptions { Configuration = TestEnvironment.RedisConfiguration });
        redis = new RedisConnection(options, NullLogger<RedisConnection>.Instance);
        cache = new DossierCache(redis, options, NullLogger<DossierCache>.Instance);
    }

    public void Dispose() => redis.Dispose();

    [Fact]
    public async Task Replace_EntryAsRead_StoresUpdate()
    {
        var (key, read) = await CachedSnapshotAsync();

        await cache.ReplaceAsync(key, read, read with { Status = "looked_up" });

        Assert.Equal("looked_up", (await cache.GetAsync(key))?.Status);
    }

    [Fact]
    public async Task Replace_EntryChangedMeanwhile_DropsIt()
    {
        var (key, read) = await CachedSnapshotAsync();
        await cache.SetAsync(key, read with { FullName = "Tên Đã Sửa" });

        await cache.ReplaceAsync(key, read, read with { Status = "looked_up" });

        Assert.Null(await cache.GetAsync(key));
    }

    [Fact]
    public async Task Replace_EntryDroppedMeanwhile_StoresNothing()
    {
        var (key, read) = await CachedSnapshotAsync();
        await cache.InvalidateAsync([key]);

        await cache.ReplaceAsync(key, read, read with { Status = "looked_up" });

        Assert.Null(await cache.GetAsync(key));
    }

    private async Task<(string Key, DossierSnapshot Read)> CachedSnapshotAsync()
    {
        var (id, _) = await TestDossiers.CreateAsync();
        var snapshot = await new DossierRepository(TestEnvironment.DataSource).FindByIdAsync(id, CancellationToken.None);
        var key = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        await cache.SetAsync(key, snapshot!);
        Assert.Equal(snapshot!.Id, (await cache.GetAsync(key))?.Id);
        return (key, snapshot!);
    }
}
