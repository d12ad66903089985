using Admissions.Tests.Infrastructure;

namespace Admissions.Tests.Web;

[Collection("web")]
public sealed class ServerTimingTests(SharedWebApp shared)
{
    [Fact]
    public async Task Response_CarriesServerTimingInMilliseconds()
    {
        using var parent = new ParentClient(shared.App.BaseAddress);

        using var response = await parent.GetAsync("/");
        var header = response.Headers.GetValues("Server-Timing").Single();

        Assert.Matches(@"^app;dur=\d+\.\d$", header);
    }
}
