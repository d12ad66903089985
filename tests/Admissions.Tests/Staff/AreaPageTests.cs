using Admissions.Domain.Staff;
using Admissions.Tests.Infrastructure;

namespace Admissions.Tests.Staff;

/// <summary>The ward and city pages: their own totals and the rankings that link down to each school and ward.</summary>
[Collection("web")]
public sealed class AreaPageTests(SharedWebApp shared)
{
    [Fact]
    public async Task WardPage_SchoolLocatedThere_IsListedWithLink()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        await ReportingTestData.InsertAsync(school, ward, "confirmed", schoolName: "Trường Mầm non Trên Địa Bàn");
        await ReportingTestData.RefreshPreschoolsAsync();
        var (client, _) = await StaffClient.SignInAsync(shared.App.BaseAddress, new StaffScope(StaffRole.Ward, ward));
        using var _client = client;

        var page = await client.GetDocumentAsync($"/can-bo/phuong/{ward}");
        var link = page.QuerySelector($".ranking a[href='/can-bo/truong/{school}']");

        Assert.Equal("Trường Mầm non Trên Địa Bàn", link?.TextContent);
    }

    [Fact]
    public async Task CityPage_WardRanking_LinksToWardPage()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        await ReportingTestData.InsertAsync(school, ward, "confirmed", schoolName: "Trường Mầm non Trong Thành Phố");
        await ReportingTestData.RefreshPreschoolsAsync();
        var (client, _) = await StaffClient.SignInAsync(shared.App.BaseAddress, new StaffScope(StaffRole.Department, null));
        using var _client = client;

        var page = await client.GetDocumentAsync("/can-bo/so");

        Assert.NotNull(page.QuerySelector($".ranking a[href='/can-bo/phuong/{ward}']"));
        Assert.Contains("Toàn thành phố", page.QuerySelector("#city-summary-heading")?.TextContent ?? "");
        Assert.Matches(@"[\d.]+/[\d.]+ hồ sơ, đạt \d+,\d\d%", page.QuerySelector(".rate")?.TextContent ?? "");
    }

    [Fact]
    public async Task StaffHome_WardAccount_RedirectsToItsWardPage()
    {
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        var (client, _) = await StaffClient.SignInAsync(shared.App.BaseAddress, new StaffScope(StaffRole.Ward, ward));
        using var _client = client;

        using var response = await client.GetAsync("/can-bo");

        Assert.Equal($"/can-bo/phuong/{ward}", response.Headers.Location?.OriginalString);
    }
}
