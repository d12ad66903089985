using System.Net;
using Admissions.Domain.Staff;
using Admissions.Tests.Infrastructure;

namespace Admissions.Tests.Staff;

/// <summary>The school page as its staff and the Department see it: figures, chart, chase list, filters and paging.</summary>
[Collection("web")]
public sealed class SchoolPageTests(SharedWebApp shared)
{
    [Fact]
    public async Task SchoolPage_RateAndCounts_ReadTheVietnameseWay()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        await ReportingTestData.InsertAsync(school, ward, "confirmed");
        await ReportingTestData.InsertAsync(school, ward, "accepted_at_deadline");
        await ReportingTestData.InsertAsync(school, ward, "looked_up");
        var (client, _) = await StaffClient.SignInAsync(shared.App.BaseAddress, new StaffScope(StaffRole.School, school));
        using var _client = client;

        var page = await client.GetDocumentAsync($"/can-bo/truong/{school}");
        var rate = page.QuerySelector(".rate")?.TextContent ?? "";
        var counts = page.QuerySelectorAll(".status-counts tbody tr").Select(r => r.TextContent.Trim()).ToList();

        Assert.Contains("2/3 hồ sơ, đạt 66,67%", rate);
        Assert.Contains(counts, row => row.StartsWith("Đã tra cứu, chưa xác nhận", StringComparison.Ordinal) && row.EndsWith('1'));
        Assert.Contains(counts, row => row.StartsWith("Mặc nhiên chấp nhận khi hết hạn", StringComparison.Ordinal) && row.EndsWith('1'));
    }

    [Fact]
    public async Task SchoolPage_ProgressChart_IsLabelledSvg()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        var id = await ReportingTestData.InsertAsync(school, ward, "looked_up");
        await ReportingTestData.ConfirmAsync(id, DateTimeOffset.UtcNow.AddDays(-1));
        var (client, _) = await StaffClient.SignInAsync(shared.App.BaseAddress, new StaffScope(StaffRole.School, school));
        using var _client = client;

        var page = await client.GetDocumentAsync($"/can-bo/truong/{school}");
        var chart = page.QuerySelector("svg[role=img]");

        Assert.NotNull(chart);
        Assert.Contains("cộng dồn", chart.QuerySelector("title")?.TextContent ?? "");
        Assert.NotNull(chart.QuerySelector("polyline"));
        Assert.Single(page.QuerySelectorAll(".progress-table tbody tr"));
    }

    [Fact]
    public async Task SchoolPage_SchoolAccount_SeesPhonesInFull()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        await ReportingTestData.InsertAsync(school, ward, fatherPhone: "0903111222");
        var (client, _) = await StaffClient.SignInAsync(shared.App.BaseAddress, new StaffScope(StaffRole.School, school));
        using var _client = client;

        var text = (await client.GetDocumentAsync($"/can-bo/truong/{school}")).QuerySelector(".chase-list")?.TextContent ?? "";

        Assert.Contains("0903111222", text);
    }

    [Fact]
    public async Task SchoolPage_Department_SeesPhonesMasked()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        await ReportingTestData.InsertAsync(school, ward, fatherPhone: "0903111222");
        var (client, _) = await StaffClient.SignInAsync(shared.App.BaseAddress, new StaffScope(StaffRole.Department, null));
        using var _client = client;

        var text = (await client.GetDocumentAsync($"/can-bo/truong/{school}")).QuerySelector(".chase-list")?.TextContent ?? "";

        Assert.Contains("0903***222", text);
        Assert.DoesNotContain("0903111222", text);
    }

    [Fact]
    public async Task SchoolPage_FiftyOnePending_SplitIntoTwoPages()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        await ReportingTestData.ExecuteAsync(
            """
            INSERT INTO dossiers (national_id, full_name, birth_date, sex, nationality, current_residence, ward_code,
                                  preschool_code, preschool_name, preschool_class, content_hash, status)
            SELECT id, 'Hồ Văn Số ' || n, date '2021-01-01', 'male', 'Việt Nam', 'Số 1', @Ward, @School, 'Trường Mầm non Phân Trang',
                   'Lá 1', '\x00', 'not_looked_up'
            FROM unnest(@Ids::text[]) WITH ORDINALITY AS ids (id, n)
            """,
            new { Ward = ward, School = school, Ids = Enumerable.Range(0, 51).Select(_ => TestIds.NewCitizenId()).ToArray() });
        var (client, _) = await StaffClient.SignInAsync(shared.App.BaseAddress, new StaffScope(StaffRole.School, school));
        using var _client = client;

        var first = await client.GetDocumentAsync($"/can-bo/truong/{school}");
        var next = first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href") ?? "";
        var second = await client.GetDocumentAsync(next);

        Assert.Equal(50, first.QuerySelectorAll(".chase-list tbody tr").Length);
        Assert.Single(second.QuerySelectorAll(".chase-list tbody tr"));
        Assert.Equal("51", second.QuerySelector(".chase-list tbody tr td")?.TextContent);
    }

    [Fact]
    public async Task SchoolPage_ClassFilter_ShowsOnlyThatClass()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        await ReportingTestData.InsertAsync(school, ward, fullName: "Mai Thị Lá Hai", preschoolClass: "Lá 2");
        await ReportingTestData.InsertAsync(school, ward, fullName: "Mai Thị Lá Ba", preschoolClass: "Lá 3");
        var (client, _) = await StaffClient.SignInAsync(shared.App.BaseAddress, new StaffScope(StaffRole.School, school));
        using var _client = client;

        var page = await client.GetDocumentAsync($"/can-bo/truong/{school}?lop={Uri.EscapeDataString("Lá 2")}");
        var names = page.QuerySelectorAll(".chase-list tbody th").Select(cell => cell.TextContent.Trim()).ToList();

        Assert.Equal(["Mai Thị Lá Hai"], names);
    }

    [Fact]
    public async Task SchoolPage_UnknownCode_IsNotFound()
    {
        var (client, _) = await StaffClient.SignInAsync(shared.App.BaseAddress, new StaffScope(StaffRole.Department, null));
        using var _client = client;

        using var response = await client.GetAsync($"/can-bo/truong/{ReportingTestData.NewSchoolCode()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
