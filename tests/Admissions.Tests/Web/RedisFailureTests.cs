using System.Net;
using Admissions.Tests.Infrastructure;
using StackExchange.Redis;

namespace Admissions.Tests.Web;

/// <summary>Redis is an accelerator only: with it stopped, frozen or absent the parent's pages keep working.</summary>
public sealed class RedisFailureTests
{
    [Fact]
    public async Task RedisStoppedMidway_LookupAndConfirmStillSucceed_AndCachingResumes()
    {
        await using var redis = await RedisProcess.StartAsync();
        await using var app = await WebAppProcess.StartAsync(new Dictionary<string, string> { ["Redis__Configuration"] = redis.Configuration });
        var (_, cachedId) = await TestDossiers.CreateAsync();
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var warmup = new ParentClient(app.BaseAddress);
        using var warm = await warmup.LookupAsync(cachedId, "14/03/2021");

        await redis.StopAsync();
        using var parent = new ParentClient(app.BaseAddress);
        using var lookup = await parent.LookupAsync(nationalId, "14/03/2021");
        using var confirm = await parent.ConfirmAsync();
        var banner = (await parent.GetDocumentAsync("/ho-so")).QuerySelector(".success")?.TextContent ?? "";
        using var readyWhileDown = await new HttpClient().GetAsync(new Uri(app.BaseAddress, "health/ready"));
        var readyBody = await readyWhileDown.Content.ReadAsStringAsync();

        await redis.StartAgainAsync();
        var resumed = await WaitForCachedEntriesAsync(app, redis, cachedId);

        Assert.Equal(HttpStatusCode.Found, warm.StatusCode);
        Assert.Equal(HttpStatusCode.Found, lookup.StatusCode);
        Assert.Equal(HttpStatusCode.Found, confirm.StatusCode);
        Assert.Contains("Đã xác nhận", banner);
        Assert.Equal(1, await TestDossiers.CountConfirmationsAsync(dossierId));
        Assert.Equal(HttpStatusCode.OK, readyWhileDown.StatusCode);
        Assert.Contains("\"redis\":\"Degraded\"", readyBody);
        Assert.True(resumed, "Lookups did not write to Redis again after it came back.");
    }

    [Fact]
    public async Task RedisFrozen_LookupAndConfirmStillSucceed()
    {
        await using var redis = await RedisProcess.StartAsync();
        await using var app = await WebAppProcess.StartAsync(new Dictionary<string, string> { ["Redis__Configuration"] = redis.Configuration });
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();

        await redis.FreezeAsync();
        using var parent = new ParentClient(app.BaseAddress);
        using var lookup = await parent.LookupAsync(nationalId, "14/03/2021");
        using var confirm = await parent.ConfirmAsync();
        await redis.ThawAsync();

        Assert.Equal(HttpStatusCode.Found, lookup.StatusCode);
        Assert.Equal(HttpStatusCode.Found, confirm.StatusCode);
        Assert.Equal(1, await TestDossiers.CountConfirmationsAsync(dossierId));
    }

    [Fact]
    public async Task RedisAbsentAtStart_LookupAndConfirmSucceed()
    {
        await using var redis = await RedisProcess.StartAsync();
        await redis.StopAsync();
        await using var app = await WebAppProcess.StartAsync(new Dictionary<string, string> { ["Redis__Configuration"] = redis.Configuration });
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();

        using var parent = new ParentClient(app.BaseAddress);
        using var lookup = await parent.LookupAsync(nationalId, "14/03/2021");
        using var confirm = await parent.ConfirmAsync();
        using var slip = await parent.GetAsync("/ho-so/phieu");

        Assert.Equal(HttpStatusCode.Found, lookup.StatusCode);
        Assert.Equal(HttpStatusCode.Found, confirm.StatusCode);
        Assert.Equal(HttpStatusCode.OK, slip.StatusCode);
        Assert.Equal(1, await TestDossiers.CountConfirmationsAsync(dossierId));
    }

    /// <summary>Looks a dossier up until its cache entry appears in Redis, for at most 20 seconds.</summary>
    private static async Task<bool> WaitForCachedEntriesAsync(WebAppProcess app, RedisProcess redis, string nationalId)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Configuration + ",abortConnect=false");
        var server = connection.GetServer(redis.Configuration);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            using var parent = new ParentClient(app.BaseAddress);
            using var _ = await parent.LookupAsync(nationalId, "14/03/2021");
            if (server.Keys(pattern: "dossier:*").Any())
            {
                return true;
            }

            await Task.Delay(500);
        }

        return false;
    }
}
