using System.Net;
using AngleSharp.Dom;
using Admissions.Tests.Infrastructure;
using Dapper;

namespace Admissions.Tests.Web;

[Collection("web")]
public sealed class ConfirmationTests(SharedWebApp shared)
{
    private WebAppProcess App => shared.App;

    [Fact]
    public async Task Confirm_WithoutTick_ShowsMessageAndStoresNothing()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = new ParentClient(App.BaseAddress);
        await parent.LookupAsync(nationalId, "14/03/2021");

        using var response = await parent.ConfirmAsync(agreed: false);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Xin đánh dấu vào ô", html);
        Assert.Equal(0, await TestDossiers.CountConfirmationsAsync(dossierId));
    }

    [Fact]
    public async Task Confirm_Ticked_ShowsConfirmedWithTimeAndReceipt()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = new ParentClient(App.BaseAddress);
        await parent.LookupAsync(nationalId, "14/03/2021");

        using var response = await parent.ConfirmAsync();
        var page = await parent.GetDocumentAsync("/ho-so");
        var banner = page.QuerySelector(".success")?.TextContent ?? "";

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Contains("Đã xác nhận", banner);
        Assert.Matches(@"lúc \d{2}/\d{2}/\d{4} \d{2}:\d{2}", banner);
        Assert.Matches(@"TS27-[0-9A-Z]{4}-[0-9A-Z]{4}", banner);
        Assert.Null(page.QuerySelector("#confirm-form"));
        Assert.Equal("confirmed", await TestDossiers.StatusAsync(dossierId));
    }

    [Fact]
    public async Task Confirm_StoresTransitionInHistory()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = new ParentClient(App.BaseAddress);
        await parent.LookupAsync(nationalId, "14/03/2021");

        await parent.ConfirmAsync();
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        var history = (await connection.QueryAsync<string>(
            "SELECT from_status || '>' || to_status FROM dossier_history WHERE dossier_id = @Id ORDER BY id", new { Id = dossierId })).ToList();

        Assert.Equal(["not_looked_up>looked_up", "looked_up>confirmed"], history);
    }

    [Fact]
    public async Task Confirm_TwentyRacingRequestsOnTwoInstances_StoreExactlyOne()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        await using var second = await WebAppProcess.StartAsync();
        using var first = new ParentClient(App.BaseAddress);
        await first.LookupAsync(nationalId, "14/03/2021");
        using var other = new ParentClient(second.BaseAddress, CopyCookies(first.Cookies, App.BaseAddress, second.BaseAddress));
        var formPage = await first.GetDocumentAsync("/ho-so");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)formPage.QuerySelector("#confirm-form")!;

        var fields = new Dictionary<string, string> { ["Agreed"] = "true" };
        var requests = Enumerable.Range(0, 20)
            .Select(i => (i % 2 == 0 ? first : other).PostFormAsync(form, fields, "/ho-so"))
            .ToList();
        var responses = await Task.WhenAll(requests);
        var receiptOnFirst = (await first.GetDocumentAsync("/ho-so")).QuerySelector(".success strong:last-of-type")?.TextContent;
        var receiptOnSecond = (await other.GetDocumentAsync("/ho-so")).QuerySelector(".success strong:last-of-type")?.TextContent;

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Found, response.StatusCode));
        Assert.Equal(1, await TestDossiers.CountConfirmationsAsync(dossierId));
        Assert.NotNull(receiptOnFirst);
        Assert.Equal(receiptOnFirst, receiptOnSecond);
        Assert.Equal(1, await CountHistoryAsync(dossierId, "confirmed"));
    }

    [Fact]
    public async Task Confirm_AfterDataChanged_RequiresReviewThenConfirmsNewVersion()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = new ParentClient(App.BaseAddress);
        await parent.LookupAsync(nationalId, "14/03/2021");
        var formPage = await parent.GetDocumentAsync("/ho-so");
        var staleForm = (AngleSharp.Html.Dom.IHtmlFormElement)formPage.QuerySelector("#confirm-form")!;

        await TestDossiers.ChangeDataAsync(dossierId);
        using var refused = await parent.PostFormAsync(staleForm, new Dictionary<string, string> { ["Agreed"] = "true" }, "/ho-so");
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        using var accepted = await parent.ConfirmAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("vừa được nhà trường cập nhật", refusedHtml);
        Assert.Equal(HttpStatusCode.Found, accepted.StatusCode);
        Assert.Equal(1, await TestDossiers.CountConfirmationsAsync(dossierId));
    }

    [Fact]
    public async Task Confirm_BeforeWindowOpens_ShowsOpeningTimeAndStoresNothing()
    {
        await using var app = await WebAppProcess.StartAsync(new Dictionary<string, string>
        {
            ["Season__ConfirmationOpens"] = "2099-04-01T07:30:00",
            ["Season__ConfirmationCloses"] = "2099-04-30T17:00:00",
        });
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = new ParentClient(app.BaseAddress);
        await parent.LookupAsync(nationalId, "14/03/2021");

        var page = await parent.GetDocumentAsync("/ho-so");

        Assert.Null(page.QuerySelector("#confirm-form"));
        Assert.Contains("bắt đầu từ 07:30 ngày 01/04/2099", page.Body!.TextContent);
        Assert.Equal(0, await TestDossiers.CountConfirmationsAsync(dossierId));
    }

    [Fact]
    public async Task Confirm_AfterWindowClosed_IsRefusedEvenWhenPostedDirectly()
    {
        await using var app = await WebAppProcess.StartAsync(new Dictionary<string, string>
        {
            ["Season__ConfirmationOpens"] = "2020-04-01T00:00:00",
            ["Season__ConfirmationCloses"] = "2020-04-30T17:00:00",
        });
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = new ParentClient(app.BaseAddress);
        await parent.LookupAsync(nationalId, "14/03/2021");
        var page = await parent.GetDocumentAsync("/ho-so");
        var signOutForm = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form[action*=SignOut]")!;
        var token = signOutForm.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

        using var response = await parent.SubmitRawAsync("/ho-so?handler=Confirm", new Dictionary<string, string>
        {
            ["Agreed"] = "true",
            ["DataVersion"] = "1",
            ["__RequestVerificationToken"] = token,
        });

        Assert.Contains("đã kết thúc lúc 17:00 ngày 30/04/2020", page.Body!.TextContent);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await TestDossiers.CountConfirmationsAsync(dossierId));
    }

    private static CookieContainer CopyCookies(CookieContainer source, Uri from, Uri to)
    {
        var copy = new CookieContainer();
        foreach (Cookie cookie in source.GetCookies(from))
        {
            copy.Add(to, new Cookie(cookie.Name, cookie.Value, "/"));
        }

        return copy;
    }

    private static async Task<int> CountHistoryAsync(long dossierId, string toStatus)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM dossier_history WHERE dossier_id = @Id AND to_status = @ToStatus", new { Id = dossierId, ToStatus = toStatus });
    }
}
