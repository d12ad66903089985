using System.Net;
using AngleSharp.Html.Dom;
using Admissions.Tests.Infrastructure;

namespace Admissions.Tests.Web;

[Collection("web")]
public sealed class StaleFormTests(SharedWebApp shared)
{
    private WebAppProcess App => shared.App;

    [Fact]
    public async Task Lookup_StaleForm_ShowsNotice()
    {
        var (firstId, firstNationalId) = await TestDossiers.CreateAsync("Trần Thị Anh");
        var (secondId, secondNationalId) = await TestDossiers.CreateAsync("Trần Văn Em");
        using var parent = new ParentClient(App.BaseAddress);
        var secondTab = (IHtmlFormElement)(await parent.GetDocumentAsync("/")).QuerySelector("form")!;
        await parent.LookupAsync(firstNationalId, "14/03/2021");

        var fields = new Dictionary<string, string> { ["PersonalId"] = secondNationalId, ["BirthDate"] = "14/03/2021" };
        using var response = await parent.PostFormAsync(secondTab, fields, "/");
        var page = await parent.GetDocumentAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/?bieu-mau=het-han", response.Headers.Location.OriginalString);
        Assert.Contains("chưa ghi nhận gì", page.QuerySelector("#stale-form")?.TextContent);
        Assert.NotNull(page.QuerySelector("form input[name=PersonalId]"));
        Assert.Equal("not_looked_up", await TestDossiers.StatusAsync(secondId));
        Assert.Equal("looked_up", await TestDossiers.StatusAsync(firstId));
        Assert.Contains("Form on / rejected: its antiforgery token is missing or stale", App.Output);
    }

    [Fact]
    public async Task Lookup_FreshForm_ShowsNoNotice()
    {
        using var parent = new ParentClient(App.BaseAddress);

        var page = await parent.GetDocumentAsync("/");

        Assert.Null(page.QuerySelector("#stale-form"));
    }
}
