using System.Net;
using Admissions.Tests.Infrastructure;

namespace Admissions.Tests.Web;

[Collection("web")]
public sealed class SlipTests(SharedWebApp shared)
{
    private WebAppProcess App => shared.App;

    [Fact]
    public async Task Slip_OfConfirmedDossier_ShowsMaskedIdAndDecodableQr()
    {
        var (_, nationalId) = await TestDossiers.CreateAsync("Vũ Phiếu Xanh");
        using var parent = await ConfirmedParentAsync(nationalId);

        var slip = await parent.GetDocumentAsync("/ho-so/phieu");
        var text = slip.QuerySelector(".slip")?.TextContent ?? "";
        var qrUrl = QrReader.DecodeDataUri(slip.QuerySelector(".slip-qr")?.GetAttribute("src") ?? "");

        Assert.Contains("Phiếu xác nhận thông tin tuyển sinh lớp 1", text);
        Assert.Contains("Vũ Phiếu Xanh", text);
        Assert.Contains(nationalId[..3] + "******" + nationalId[^3..], text);
        Assert.DoesNotContain(nationalId, text);
        Assert.Contains("14/03/2021", text);
        Assert.NotNull(qrUrl);
        Assert.StartsWith($"{App.BaseAddress}xac-thuc/", qrUrl);
        Assert.True(qrUrl.All(c => c < 128), "The QR address must be ASCII.");
        Assert.DoesNotContain(nationalId, qrUrl);
    }

    [Fact]
    public async Task Slip_BeforeConfirmation_RedirectsToDossier()
    {
        var (_, nationalId) = await TestDossiers.CreateAsync();
        using var parent = new ParentClient(App.BaseAddress);
        await parent.LookupAsync(nationalId, "14/03/2021");

        using var response = await parent.GetAsync("/ho-so/phieu");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/ho-so", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Verify_GenuineCurrentSlip_IsValid()
    {
        var (_, nationalId) = await TestDossiers.CreateAsync("Đỗ Hợp Lệ");
        using var parent = await ConfirmedParentAsync(nationalId);
        var url = await SlipUrlAsync(parent);

        using var anonymous = new ParentClient(App.BaseAddress);
        var page = await anonymous.GetDocumentAsync(new Uri(url).PathAndQuery);
        var text = page.Body!.TextContent;

        Assert.Contains("Phiếu hợp lệ.", text);
        Assert.Matches(@"lúc \d{2}/\d{2}/\d{4} \d{2}:\d{2}", text);
        Assert.DoesNotContain("Đỗ Hợp Lệ", text);
    }

    [Fact]
    public async Task Verify_AfterDossierChanged_SaysSlipIsOld()
    {
        var (dossierId, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ConfirmedParentAsync(nationalId);
        var url = await SlipUrlAsync(parent);

        await TestDossiers.ChangeDataAsync(dossierId);
        using var anonymous = new ParentClient(App.BaseAddress);
        var text = (await anonymous.GetDocumentAsync(new Uri(url).PathAndQuery)).Body!.TextContent;

        Assert.Contains("đã cũ", text);
        Assert.DoesNotContain("Phiếu hợp lệ.", text);
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("truncate")]
    [InlineData("garbage")]
    [InlineData("empty")]
    public async Task Verify_ForgedOrDamagedToken_IsInvalid(string damage)
    {
        var (_, nationalId) = await TestDossiers.CreateAsync();
        using var parent = await ConfirmedParentAsync(nationalId);
        var token = (await SlipUrlAsync(parent)).Split("/xac-thuc/")[1];
        var damaged = damage switch
        {
            "flip" => token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..],
            "truncate" => token[..^4],
            "garbage" => "%3Cscript%3E",
            _ => "",
        };

        using var anonymous = new ParentClient(App.BaseAddress);
        using var response = await anonymous.GetAsync("/xac-thuc/" + damaged);
        var text = ParentClient.Parse(await response.Content.ReadAsStringAsync()).Body!.TextContent;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Phiếu không hợp lệ", text);
    }

    [Fact]
    public async Task Verify_TokenSignedWithAnotherKey_IsInvalid()
    {
        var foreign = new Admissions.Domain.Slips.SlipTokenSigner(new byte[32]);
        var token = foreign.Sign(new Admissions.Domain.Slips.SlipClaim(1, DateTimeOffset.UtcNow));

        using var anonymous = new ParentClient(App.BaseAddress);
        var text = (await anonymous.GetDocumentAsync("/xac-thuc/" + token)).Body!.TextContent;

        Assert.Contains("Phiếu không hợp lệ", text);
    }

    private async Task<ParentClient> ConfirmedParentAsync(string nationalId)
    {
        var parent = new ParentClient(App.BaseAddress);
        await parent.LookupAsync(nationalId, "14/03/2021");
        await parent.ConfirmAsync();
        return parent;
    }

    private static async Task<string> SlipUrlAsync(ParentClient parent)
    {
        var slip = await parent.GetDocumentAsync("/ho-so/phieu");
        return QrReader.DecodeDataUri(slip.QuerySelector(".slip-qr")!.GetAttribute("src")!)
            ?? throw new InvalidOperationException("The slip's QR code could not be decoded.");
    }
}
