using System.Net;
using Admissions.Tests.Infrastructure;

namespace Admissions.Tests.Web;

/// <summary>The per-address backstop on lookups, on instances with a Redis of their own so that no other test counts.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Lookups_OverTheLimitFromOneAddress_Get429WithRetryAfter()
    {
        await using var redis = await RedisProcess.StartAsync();
        await using var app = await StartLimitedAsync(redis, 5);
        await WaitForFreshMinuteAsync();
        using var ipv4 = new ParentClient(app.BaseAddress);
        using var ipv6 = new ParentClient(app.Ipv6BaseAddress);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var allowed = await ipv4.LookupAsync(TestIds.NewCitizenId(), "14/03/2021");
            statuses.Add(allowed.StatusCode);
        }

        using var rejected = await ipv4.LookupAsync(TestIds.NewCitizenId(), "14/03/2021");
        var body = await rejected.Content.ReadAsStringAsync();
        using var otherAddress = await ipv6.LookupAsync(TestIds.NewCitizenId(), "14/03/2021");
        using var homePage = await ipv4.GetAsync("/");

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.NotNull(rejected.Headers.RetryAfter?.Delta);
        Assert.InRange(rejected.Headers.RetryAfter.Delta.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Contains("quá nhiều lượt tra cứu", body);
        Assert.Equal(HttpStatusCode.OK, otherAddress.StatusCode);
        Assert.Equal(HttpStatusCode.OK, homePage.StatusCode);
    }

    [Fact]
    public async Task Lookups_CountAcrossInstancesSharingRedis()
    {
        await using var redis = await RedisProcess.StartAsync();
        await using var first = await StartLimitedAsync(redis, 4);
        await using var second = await StartLimitedAsync(redis, 4);
        await WaitForFreshMinuteAsync();
        using var onFirst = new ParentClient(first.BaseAddress);
        using var onSecond = new ParentClient(second.BaseAddress);

        for (var i = 0; i < 2; i++)
        {
            using var a = await onFirst.LookupAsync(TestIds.NewCitizenId(), "14/03/2021");
            using var b = await onSecond.LookupAsync(TestIds.NewCitizenId(), "14/03/2021");
        }

        using var fifth = await onFirst.LookupAsync(TestIds.NewCitizenId(), "14/03/2021");

        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
    }

    [Fact]
    public async Task Lookups_WithRedisDown_AreStillLimitedPerInstance()
    {
        await using var redis = await RedisProcess.StartAsync();
        await using var app = await StartLimitedAsync(redis, 3);
        await redis.StopAsync();
        await WaitForFreshMinuteAsync();
        using var parent = new ParentClient(app.BaseAddress);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await parent.LookupAsync(TestIds.NewCitizenId(), "14/03/2021");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private static Task<WebAppProcess> StartLimitedAsync(RedisProcess redis, int perMinute) =>
        WebAppProcess.StartAsync(new Dictionary<string, string>
        {
            ["Redis__Configuration"] = redis.Configuration,
            ["RateLimits__LookupsPerAddressPerMinute"] = perMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    /// <summary>Waits out the last 15 seconds of a minute, so that a test's requests fall into one counting window.</summary>
    private static async Task WaitForFreshMinuteAsync()
    {
        var second = DateTime.UtcNow.Second;
        if (second >= 45)
        {
            await Task.Delay(TimeSpan.FromSeconds(61 - second));
        }
    }
}
