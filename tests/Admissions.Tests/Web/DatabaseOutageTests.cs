using System.Net;
using System.Net.Sockets;
using Admissions.Tests.Infrastructure;

namespace Admissions.Tests.Web;

/// <summary>Without PostgreSQL the site returns a light 503 page with Retry-After, never a 500.</summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task Lookup_WithPostgresUnreachable_Gets503WithRetryAfter()
    {
        await using var app = await WebAppProcess.StartAsync(new Dictionary<string, string>
        {
            ["Database__ConnectionString"] = $"Host=127.0.0.1;Port={ClosedPort()};Username=admissions;Database=admissions_test;Timeout=2",
        });
        using var parent = new ParentClient(app.BaseAddress);

        using var response = await parent.LookupAsync(TestIds.NewCitizenId(), "14/03/2021");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Contains("quá nhiều người truy cập", html);
        Assert.DoesNotContain("Exception", html);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
