using System.Net;
using Admissions.Tests.Infrastructure;
using Dapper;

namespace Admissions.Tests.Web;

[Collection("web")]
public sealed class LookupTests(SharedWebApp shared)
{
    private WebAppProcess App => shared.App;

    [Fact]
    public async Task Lookup_MatchingIdAndBirthDate_OpensDossierPage()
    {
        var (_, nationalId) = await TestDossiers.CreateAsync("Lê Thị Khớp");
        using var parent = new ParentClient(App.BaseAddress);

        using var response = await parent.LookupAsync(nationalId, "14/03/2021");
        var page = await parent.GetDocumentAsync("/ho-so");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/ho-so", response.Headers.Location?.OriginalString);
        Assert.Contains("Lê Thị Khớp", page.Body!.TextContent);
        Assert.Contains("Trường Mầm non Thử Nghiệm", page.Body.TextContent);
    }

    [Fact]
    public async Task Lookup_DossierPage_MasksPhonesToFirstFourAndLastThreeDigits()
    {
        var (_, nationalId) = await TestDossiers.CreateAsync();
        using var parent = new ParentClient(App.BaseAddress);

        await parent.LookupAsync(nationalId, "14/03/2021");
        var text = (await parent.GetDocumentAsync("/ho-so")).Body!.TextContent;

        Assert.Contains("0912***678", text);
        Assert.Contains("0987***321", text);
        Assert.DoesNotContain("0912345678", text);
    }

    [Theory]
    [InlineData("{0} {1} {2}", "14/03/2021")]
    [InlineData("{0}.{1}.{2}", "2021-03-14")]
    [InlineData("{0}-{1}-{2}", "14/3/2021")]
    [InlineData("fullwidth", "14/03/2021")]
    [InlineData("{0}{1}{2}", "14032021")]
    [InlineData(" {0}{1}{2} ", "14-03-2021")]
    public async Task Lookup_FormattedIdAndDate_AreNormalised(string idFormat, string birthDate)
    {
        var (_, nationalId) = await TestDossiers.CreateAsync();
        var typed = idFormat == "fullwidth"
            ? new string(nationalId.Select(c => (char)(c - '0' + '０')).ToArray())
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, idFormat, nationalId[..3], nationalId[3..6], nationalId[6..]);
        using var parent = new ParentClient(App.BaseAddress);

        using var response = await parent.LookupAsync(typed, birthDate);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
    }

    [Fact]
    public async Task Lookup_WrongBirthDateAndUnknownId_GiveTheSameAnswer()
    {
        var (_, nationalId) = await TestDossiers.CreateAsync();
        using var parent = new ParentClient(App.BaseAddress);

        using var wrongDate = await parent.LookupAsync(nationalId, "15/03/2021");
        using var unknownId = await parent.LookupAsync(TestIds.NewCitizenId(), "14/03/2021");
        var wrongDateAlert = ParentClient.Parse(await wrongDate.Content.ReadAsStringAsync()).QuerySelector("[role=alert]")?.TextContent.Trim();
        var unknownIdAlert = ParentClient.Parse(await unknownId.Content.ReadAsStringAsync()).QuerySelector("[role=alert]")?.TextContent.Trim();

        Assert.Equal(HttpStatusCode.OK, wrongDate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknownId.StatusCode);
        Assert.NotNull(wrongDateAlert);
        Assert.Equal(wrongDateAlert, unknownIdAlert);
        Assert.Contains("liên hệ trường mầm non", wrongDateAlert);
    }

    [Theory]
    [InlineData("31/02/2021", "Ngày sinh này không có trên lịch")]
    [InlineData("14/13/2021", "Ngày sinh này không có trên lịch")]
    [InlineData("31022021", "Ngày sinh này không có trên lịch")]
    [InlineData("hôm qua", "Ngày sinh chưa đúng dạng")]
    [InlineData("14/03/21", "Ngày sinh chưa đúng dạng")]
    [InlineData("", "Xin nhập ngày sinh của trẻ")]
    [InlineData("01/01/2099", "Ngày sinh không thể sau ngày hôm nay")]
    public async Task Lookup_InvalidBirthDate_IsRefusedWithMessage(string birthDate, string message)
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = new ParentClient(App.BaseAddress);

        using var response = await parent.LookupAsync(nationalId, birthDate);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html);
        Assert.Equal("not_looked_up", await TestDossiers.StatusAsync(dossierId));
        Assert.Equal(0, await CountAuditRowsAsync(dossierId));
    }

    [Theory]
    [InlineData("07922100011")]
    [InlineData("0792210001011")]
    [InlineData("TMP12345678")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Lookup_MalformedId_IsRefusedWithMessage(string personalId)
    {
        using var parent = new ParentClient(App.BaseAddress);

        using var response = await parent.LookupAsync(personalId, "14/03/2021");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mã định danh gồm 12 chữ số", html);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
    }

    [Fact]
    public async Task Lookup_FiveWrongBirthDates_LockTheIdForEveryAddress()
    {
        var (_, nationalId) = await TestDossiers.CreateAsync();
        using var ipv4 = new ParentClient(App.BaseAddress);
        using var ipv6 = new ParentClient(App.Ipv6BaseAddress);

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var response = await ipv4.LookupAsync(nationalId, $"0{attempt}/01/2021");
            statuses.Add(response.StatusCode);
        }

        using var correctFromOtherAddress = await ipv6.LookupAsync(nationalId, "14/03/2021");
        var retryAfter = correctFromOtherAddress.Headers.RetryAfter?.Delta;
        var html = await correctFromOtherAddress.Content.ReadAsStringAsync();

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, correctFromOtherAddress.StatusCode);
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        Assert.Contains("tạm khóa", html);
    }

    [Fact]
    public async Task Lookup_FourWrongBirthDates_DoNotLock()
    {
        var (_, nationalId) = await TestDossiers.CreateAsync();
        using var parent = new ParentClient(App.BaseAddress);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var _ = await parent.LookupAsync(nationalId, $"0{attempt}/01/2021");
        }

        using var correct = await parent.LookupAsync(nationalId, "14/03/2021");

        Assert.Equal(HttpStatusCode.Found, correct.StatusCode);
    }

    [Fact]
    public async Task Lookup_IdAndBirthDate_NeverReachUrlsOrLogs()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync("Phan Riêng Tư");
        using var parent = new ParentClient(App.BaseAddress);

        using var failed = await parent.LookupAsync(nationalId, "15/03/2021");
        using var found = await parent.LookupAsync(nationalId, "14/03/2021");
        using var dossierPage = await parent.GetAsync("/ho-so");
        using var confirmed = await parent.ConfirmAsync();
        await Task.Delay(500);
        var logs = App.Output;

        Assert.DoesNotContain(nationalId, found.Headers.Location?.OriginalString ?? "");
        Assert.DoesNotContain(nationalId, confirmed.Headers.Location?.OriginalString ?? "");
        Assert.Contains($"dossier {dossierId}", logs);
        Assert.DoesNotContain(nationalId, logs);
        Assert.DoesNotContain("14/03/2021", logs);
        Assert.DoesNotContain("2021-03-14", logs);
        Assert.DoesNotContain("Phan Riêng Tư", logs);
        Assert.DoesNotContain("0912345678", logs);
    }

    [Fact]
    public async Task Lookup_EveryAttempt_IsAuditedWithoutTheRawId()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = new ParentClient(App.BaseAddress);

        await parent.LookupAsync(nationalId, "15/03/2021");
        await parent.LookupAsync(nationalId, "14/03/2021");
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();

        // Successful lookups are written in batches, a fraction of a second later.
        var outcomes = new List<string>();
        for (var poll = 0; poll < 50 && outcomes.Count < 2; poll++)
        {
            await Task.Delay(100);
            outcomes = (await connection.QueryAsync<string>(
                "SELECT outcome FROM lookup_audit WHERE dossier_id = @Id ORDER BY at, id", new { Id = dossierId })).ToList();
        }

        var rawIdStored = await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM lookup_audit WHERE dossier_id = @Id AND (encode(id_hash, 'escape') LIKE '%' || @NationalId || '%'))",
            new { Id = dossierId, NationalId = nationalId });

        Assert.Equal(["wrong_birth_date", "found"], outcomes);
        Assert.False(rawIdStored);
    }

    [Fact]
    public async Task Lookup_FirstSuccess_MovesStatusToLookedUpWithHistory()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = new ParentClient(App.BaseAddress);

        await parent.LookupAsync(nationalId, "14/03/2021");
        await parent.LookupAsync(nationalId, "14/03/2021");
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        var history = (await connection.QueryAsync<string>(
            "SELECT from_status || '>' || to_status FROM dossier_history WHERE dossier_id = @Id ORDER BY id", new { Id = dossierId })).ToList();

        Assert.Equal("looked_up", await TestDossiers.StatusAsync(dossierId));
        Assert.Equal(["not_looked_up>looked_up"], history);
    }

    [Fact]
    public async Task Lookup_EmptyId_AsksForIt()
    {
        using var parent = new ParentClient(App.BaseAddress);

        using var response = await parent.LookupAsync("", "14/03/2021");

        Assert.Contains("Xin nhập mã định danh của trẻ", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HomePage_AfterExpiredSession_ExplainsWhy()
    {
        using var parent = new ParentClient(App.BaseAddress);

        using var redirect = await parent.GetAsync("/ho-so");
        var page = await parent.GetDocumentAsync(redirect.Headers.Location!.OriginalString);

        Assert.Contains("Phiên tra cứu đã kết thúc", page.QuerySelector("[role=status]")?.TextContent);
    }

    [Fact]
    public async Task DossierPage_WithoutSession_RedirectsToHome()
    {
        using var parent = new ParentClient(App.BaseAddress);

        using var response = await parent.GetAsync("/ho-so");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
        Assert.DoesNotContain("/ho-so", response.Headers.Location?.OriginalString ?? "");
    }

    [Fact]
    public async Task SessionCookie_IsHttpOnlyAndSameSite()
    {
        var (_, nationalId) = await TestDossiers.CreateAsync();
        using var parent = new ParentClient(App.BaseAddress);

        using var response = await parent.LookupAsync(nationalId, "14/03/2021");
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(value => value.StartsWith("adm_parent=", StringComparison.Ordinal));

        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", setCookie, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<int> CountAuditRowsAsync(long dossierId)
    {
        await using var connection = await TestEnvironment.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM lookup_audit WHERE dossier_id = @Id", new { Id = dossierId });
    }
}
