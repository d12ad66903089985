using System.Net;
using Admissions.Tests.Infrastructure;

namespace Admissions.Tests.Web;

public sealed class OverloadTests
{
    [Fact]
    public async Task Surge_BeyondCapacity_GetsLight503WithRetryAfterAndNo500()
    {
        await using var app = await WebAppProcess.StartAsync(new Dictionary<string, string>
        {
            ["RateLimits__MaxRequestsInProgress"] = "1",
            ["RateLimits__MaxQueuedRequests"] = "0",
        });
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 200 }) { BaseAddress = app.BaseAddress };

        var responses = await Task.WhenAll(Enumerable.Range(0, 150).Select(_ => client.GetAsync("/")));
        var shed = responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        using var health = await client.GetAsync("/health/live");

        Assert.NotEmpty(shed);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"Unexpected {r.StatusCode}"));
        Assert.Equal(TimeSpan.FromSeconds(5), shed[0].Headers.RetryAfter?.Delta);
        Assert.Contains("quá nhiều người truy cập", await shed[0].Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
