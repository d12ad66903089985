using System.Net;
using Admissions.Tests.Infrastructure;
using StackExchange.Redis;

namespace Admissions.Tests.Web;

/// <summary>
/// The Redis markers that let lookups skip the lockout query never weaken the lockout: PostgreSQL decides whenever
/// Redis cannot vouch for a whole failure window.
/// </summary>
public sealed class LockoutMarkerTests
{
    [Fact]
    public async Task LockedId_AfterRedisLostItsData_StaysLocked()
    {
        await using var redis = await RedisProcess.StartAsync();
        await using var app = await WebAppProcess.StartAsync(new Dictionary<string, string> { ["Redis__Configuration"] = redis.Configuration });
        var (_, nationalId) = await TestDossiers.CreateAsync();
        using var parent = new ParentClient(app.BaseAddress);
        await LockAsync(parent, nationalId);

        await redis.StopAsync();
        await redis.StartAgainAsync();
        await WaitForRedisAsync(app);
        using var correct = await parent.LookupAsync(nationalId, "14/03/2021");

        Assert.Equal(HttpStatusCode.TooManyRequests, correct.StatusCode);
    }

    [Fact]
    public async Task LockedId_WithTrustedMarkers_StaysLocked()
    {
        await using var redis = await RedisProcess.StartAsync();
        await using (var connection = await ConnectionMultiplexer.ConnectAsync(redis.Configuration))
        {
            // An epoch older than the failure window: Redis vouches for the markers.
            var longAgo = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds();
            await connection.GetDatabase().StringSetAsync("lookup:failed:v1:epoch", longAgo);
        }

        await using var app = await WebAppProcess.StartAsync(new Dictionary<string, string> { ["Redis__Configuration"] = redis.Configuration });
        var (_, nationalId) = await TestDossiers.CreateAsync();
        using var parent = new ParentClient(app.BaseAddress);
        await LockAsync(parent, nationalId);

        using var correct = await parent.LookupAsync(nationalId, "14/03/2021");
        using var otherId = await parent.LookupAsync((await TestDossiers.CreateAsync()).NationalId, "14/03/2021");

        Assert.Equal(HttpStatusCode.TooManyRequests, correct.StatusCode);
        Assert.Equal(HttpStatusCode.Found, otherId.StatusCode);
    }

    private static async Task LockAsync(ParentClient parent, string nationalId)
    {
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var _ = await parent.LookupAsync(nationalId, $"0{attempt}/01/2021");
        }
    }

    private static async Task WaitForRedisAsync(WebAppProcess app)
    {
        using var client = new HttpClient();
        for (var i = 0; i < 40; i++)
        {
            var body = await client.GetStringAsync(new Uri(app.BaseAddress, "health/ready"));
            if (body.Contains("\"redis\":\"Healthy\"", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(250);
        }
    }
}
