using System.Net;
using Admissions.Data.Staff;
using Admissions.Domain.Staff;
using Admissions.Tests.Infrastructure;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Admissions.Tests.Slips;

/// <summary>The staff page <c>/can-bo/in-phieu</c>: who may print which school's slips, the filters, paging and the audit.</summary>
[Collection("web")]
public sealed class BatchPrintTests(SharedWebApp shared)
{
    private WebAppProcess App => shared.App;

    [Fact]
    public async Task SchoolAccount_PrintsOwnConfirmedSlips()
    {
        var school = await SlipTestSchools.CreateAsync(
        [
            new("Trần Văn Bình", "Lá 1"),
            new("Phạm Thị Cúc", "Lá 2"),
            new("Ngô Chưa Xác Nhận", "Lá 1", "looked_up", Confirmed: false),
        ]);
        var account = await StaffTestAccounts.CreateAsync(StaffRole.School, school.Code);
        using var client = await StaffTestAccounts.SignInAsync(App.BaseAddress, account);

        var page = await client.GetDocumentAsync("/can-bo/in-phieu");
        var slips = SlipTexts(page);

        Assert.Equal(2, slips.Count);
        Assert.Contains(slips, text => text.Contains("Trần Văn Bình"));
        Assert.Contains(slips, text => text.Contains("Phạm Thị Cúc"));
        Assert.DoesNotContain(slips, text => text.Contains("Ngô Chưa Xác Nhận"));
        Assert.All(slips, text => Assert.Contains("Phiếu xác nhận thông tin tuyển sinh lớp 1", text));
        Assert.Equal(1, page.QuerySelectorAll(".slip-batch-sheet").Length);
    }

    [Fact]
    public async Task Print_IsRecordedInAuditWithoutPersonalData()
    {
        var school = await SlipTestSchools.CreateAsync([new("Đinh Thị Nhật Ký", "Lá 3")]);
        var account = await StaffTestAccounts.CreateAsync(StaffRole.School, school.Code);
        using var client = await StaffTestAccounts.SignInAsync(App.BaseAddress, account);

        await client.GetDocumentAsync($"/can-bo/in-phieu?truong={school.Code}&lop=Lá 3");
        var audit = await StaffTestAccounts.AuditAsync(account.Id, StaffAuditActions.PrintSlips);

        var row = Assert.Single(audit);
        Assert.Null(row.DossierId);
        Assert.Equal($"school={school.Code}; class=Lá 3; status=confirmed; count=1; page=1/1", row.Detail);
        Assert.DoesNotContain("Đinh", row.Detail);
    }

    [Fact]
    public async Task SchoolAccount_OtherSchool_IsNotFound()
    {
        var own = await SlipTestSchools.CreateConfirmedAsync(1);
        var other = await SlipTestSchools.CreateConfirmedAsync(1);
        var account = await StaffTestAccounts.CreateAsync(StaffRole.School, own.Code);
        using var client = await StaffTestAccounts.SignInAsync(App.BaseAddress, account);

        using var response = await client.GetAsync($"/can-bo/in-phieu?truong={other.Code}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await StaffTestAccounts.AuditAsync(account.Id, StaffAuditActions.PrintSlips));
    }

    [Fact]
    public async Task UnknownSchool_IsNotFound()
    {
        var account = await StaffTestAccounts.CreateAsync(StaffRole.Department, null);
        using var client = await StaffTestAccounts.SignInAsync(App.BaseAddress, account);

        using var response = await client.GetAsync("/can-bo/in-phieu?truong=KHONG-CO-TRUONG");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task WardAccount_PrintsOwnWardSchoolsOnly()
    {
        var school = await SlipTestSchools.CreateConfirmedAsync(2);
        var ownWard = await StaffTestAccounts.CreateAsync(StaffRole.Ward, SlipTestSchools.WardCode);
        var otherWard = await StaffTestAccounts.CreateAsync(StaffRole.Ward, SlipTestSchools.OtherWardCode);
        using var ownClient = await StaffTestAccounts.SignInAsync(App.BaseAddress, ownWard);
        using var otherClient = await StaffTestAccounts.SignInAsync(App.BaseAddress, otherWard);

        var form = await ownClient.GetDocumentAsync("/can-bo/in-phieu");
        var ownPage = await ownClient.GetDocumentAsync($"/can-bo/in-phieu?truong={school.Code}");
        using var otherResponse = await otherClient.GetAsync($"/can-bo/in-phieu?truong={school.Code}");
        var otherForm = await otherClient.GetDocumentAsync("/can-bo/in-phieu");

        Assert.Contains(SchoolOptions(form), code => code == school.Code);
        Assert.Equal(2, SlipTexts(ownPage).Count);
        Assert.Equal(HttpStatusCode.NotFound, otherResponse.StatusCode);
        Assert.DoesNotContain(SchoolOptions(otherForm), code => code == school.Code);
    }

    [Fact]
    public async Task ClassFilter_PrintsThatClassOnly()
    {
        var school = await SlipTestSchools.CreateAsync(
        [
            new("Vũ Lớp Một", "Lá 1"),
            new("Vũ Lớp Hai", "Lá 2"),
            new("Vũ Lớp Hai Nữa", "Lá 2"),
        ]);
        var account = await StaffTestAccounts.CreateAsync(StaffRole.Department, null);
        using var client = await StaffTestAccounts.SignInAsync(App.BaseAddress, account);

        var page = await client.GetDocumentAsync($"/can-bo/in-phieu?truong={school.Code}&lop={Uri.EscapeDataString("Lá 2")}");
        var slips = SlipTexts(page);
        var classOptions = page.QuerySelectorAll<IHtmlOptionElement>("#lop option").Select(option => option.Value).ToList();

        Assert.Equal(2, slips.Count);
        Assert.DoesNotContain(slips, text => text.Contains("Vũ Lớp Một"));
        Assert.Equal(["", "Lá 1", "Lá 2"], classOptions);
    }

    [Fact]
    public async Task UnknownClass_ShowsMessageAndNoSlips()
    {
        var school = await SlipTestSchools.CreateConfirmedAsync(1);
        var account = await StaffTestAccounts.CreateAsync(StaffRole.School, school.Code);
        using var client = await StaffTestAccounts.SignInAsync(App.BaseAddress, account);

        var page = await client.GetDocumentAsync($"/can-bo/in-phieu?truong={school.Code}&lop=Chồi 9");

        Assert.Empty(SlipTexts(page));
        Assert.Contains("không có lớp “Chồi 9”", page.QuerySelector("[role=alert]")?.TextContent);
    }

    [Fact]
    public async Task StatusFilter_DefaultsToConfirmed()
    {
        var school = await SlipTestSchools.CreateAsync(
        [
            new("Lâm Đã Xác Nhận", "Lá 1"),
            new("Lâm Đề Nghị Sửa", "Lá 1", "correction_requested"),
        ]);
        var account = await StaffTestAccounts.CreateAsync(StaffRole.School, school.Code);
        using var client = await StaffTestAccounts.SignInAsync(App.BaseAddress, account);

        var byDefault = SlipTexts(await client.GetDocumentAsync($"/can-bo/in-phieu?truong={school.Code}"));
        var corrections = SlipTexts(await client.GetDocumentAsync($"/can-bo/in-phieu?truong={school.Code}&trang-thai=correction_requested"));
        var every = SlipTexts(await client.GetDocumentAsync($"/can-bo/in-phieu?truong={school.Code}&trang-thai=all"));

        Assert.Contains("Lâm Đã Xác Nhận", Assert.Single(byDefault));
        Assert.Contains("Lâm Đề Nghị Sửa", Assert.Single(corrections));
        Assert.Equal(2, every.Count);
    }

    [Fact]
    public async Task InvalidStatus_ShowsMessageAndNoSlips()
    {
        var school = await SlipTestSchools.CreateConfirmedAsync(1);
        var account = await StaffTestAccounts.CreateAsync(StaffRole.School, school.Code);
        using var client = await StaffTestAccounts.SignInAsync(App.BaseAddress, account);

        var page = await client.GetDocumentAsync($"/can-bo/in-phieu?truong={school.Code}&trang-thai=not_looked_up");

        Assert.Empty(SlipTexts(page));
        Assert.Contains("Trạng thái hồ sơ đã chọn không hợp lệ", page.QuerySelector("[role=alert]")?.TextContent);
    }

    [Fact]
    public async Task LargeBatch_IsSplitIntoPagesOf500()
    {
        var school = await SlipTestSchools.CreateConfirmedAsync(501);
        var account = await StaffTestAccounts.CreateAsync(StaffRole.School, school.Code);
        using var client = await StaffTestAccounts.SignInAsync(App.BaseAddress, account);

        var first = await client.GetDocumentAsync($"/can-bo/in-phieu?truong={school.Code}");
        var nextLink = first.QuerySelectorAll<IHtmlAnchorElement>("a").FirstOrDefault(link => link.TextContent.Trim() == "Trang sau");
        var second = await client.GetDocumentAsync(nextLink?.GetAttribute("href") ?? "");
        var audit = await StaffTestAccounts.AuditAsync(account.Id, StaffAuditActions.PrintSlips);

        Assert.Equal(500, SlipTexts(first).Count);
        Assert.NotNull(nextLink);
        Assert.Contains("Lê Thị Phiếu 501", Assert.Single(SlipTexts(second)));
        Assert.Equal(2, audit.Count);
        Assert.EndsWith("count=500; page=1/2", audit[0].Detail);
        Assert.EndsWith("count=1; page=2/2", audit[1].Detail);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        using var anonymous = new ParentClient(App.BaseAddress);

        using var response = await anonymous.GetAsync("/can-bo/in-phieu");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(response.Headers.Location);
        Assert.Equal("/can-bo/dang-nhap", new Uri(App.BaseAddress, response.Headers.Location).AbsolutePath);
    }

    private static List<string> SlipTexts(IHtmlDocument page) =>
        page.QuerySelectorAll(".slip-batch .slip").Select(slip => slip.TextContent).ToList();

    private static List<string> SchoolOptions(IHtmlDocument page) =>
        page.QuerySelectorAll<IHtmlOptionElement>("#truong option").Select(option => option.Value).ToList();
}
