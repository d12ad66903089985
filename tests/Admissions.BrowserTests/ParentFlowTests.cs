using System.Text.RegularExpressions;
using Admissions.Tests.Infrastructure;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Admissions.BrowserTests;

[Collection("browser")]
public sealed partial class ParentFlowTests(BrowserFixture fixture)
{
    // A5 portrait in PDF points (1/72 inch): 148 × 210 mm.
    private const double A5Width = 419.53;
    private const double A5Height = 595.28;

    [Fact]
    public async Task Parent_LooksUpConfirmsAndVerifiesSlip_OnAPhone()
    {
        var (_, nationalId) = await TestDossiers.CreateAsync("Hoàng Gia Bảo");
        await using var context = await fixture.NewPhoneContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByLabel("Mã định danh").FillAsync($"{nationalId[..3]} {nationalId[3..6]} {nationalId[6..]}");
        await page.GetByLabel("Ngày sinh", new() { Exact = true }).FillAsync("14/03/2021");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hồ sơ tuyển sinh lớp 1 của trẻ" })).ToBeVisibleAsync();
        Assert.DoesNotContain(nationalId, page.Url);
        await Assertions.Expect(page.GetByText("Hoàng Gia Bảo")).ToBeVisibleAsync();

        await page.GetByLabel("Tôi đã kiểm tra và xác nhận các thông tin trên là chính xác").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(ConfirmedAtPattern());

        await page.GetByRole(AriaRole.Link, new() { Name = "Xem và in phiếu xác nhận" }).ClickAsync();
        var slip = page.GetByRole(AriaRole.Article, new() { Name = "Phiếu xác nhận thông tin tuyển sinh lớp 1" });
        await Assertions.Expect(slip).ToContainTextAsync("Hoàng Gia Bảo");
        await Assertions.Expect(slip).ToContainTextAsync(nationalId[..3] + "******" + nationalId[^3..]);

        var qrBox = await page.Locator(".slip-qr").BoundingBoxAsync();
        var slipBox = await slip.BoundingBoxAsync();
        Assert.NotNull(qrBox);
        Assert.NotNull(slipBox);
        Assert.True(qrBox.X - slipBox.X < slipBox.Width / 3, "The QR code must sit on the slip's left side.");
        Assert.True(qrBox.Y - slipBox.Y < slipBox.Height / 3, "The QR code must sit at the slip's top.");

        var verificationUrl = await DecodeRenderedQrAsync(page);
        Assert.NotNull(verificationUrl);
        Assert.StartsWith(fixture.App.BaseAddress + "xac-thuc/", verificationUrl);

        await page.GotoAsync(verificationUrl);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Phiếu hợp lệ.");

        var forged = verificationUrl[..^6] + (verificationUrl[^6] == 'A' ? "B" : "A") + verificationUrl[^5..];
        await page.GotoAsync(forged);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Phiếu không hợp lệ");
    }

    [Fact]
    public async Task Slip_PrintsOnOneA5Page()
    {
        var (_, nationalId) = await TestDossiers.CreateAsync("Nguyễn Thị Ngọc Bích Trâm Anh");
        await using var context = await fixture.NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        await LookUpAndConfirmAsync(page, nationalId);

        await page.GotoAsync("/ho-so/phieu");
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
        using var document = PdfDocument.Open(pdf);
        var sheet = document.GetPage(1);
        var text = string.Join(" ", document.GetPages().Select(p => p.Text));

        Assert.Equal(1, document.NumberOfPages);
        Assert.InRange(sheet.Width, A5Width - 2, A5Width + 2);
        Assert.InRange(sheet.Height, A5Height - 2, A5Height + 2);
        // PdfPig joins wrapped lines without a space, so compare without white space.
        Assert.Contains("PHIẾUXÁCNHẬNTHÔNGTINTUYỂNSINHLỚP1", WhiteSpace().Replace(text, ""));
        Assert.DoesNotContain("Quay lại hồ sơ", text);
    }

    [Fact]
    public async Task DatePicker_FillsTheTypedDateField()
    {
        await using var context = await fixture.NewPhoneContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByLabel("Chọn ngày sinh trên lịch").FillAsync("2021-03-14");

        await Assertions.Expect(page.GetByLabel("Ngày sinh", new() { Exact = true })).ToHaveValueAsync("14/03/2021");
    }

    [Fact]
    public async Task Lookup_WrongBirthDate_ShowsGuidanceInVietnamese()
    {
        var (_, nationalId) = await TestDossiers.CreateAsync();
        await using var context = await fixture.NewPhoneContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByLabel("Mã định danh").FillAsync(nationalId);
        await page.GetByLabel("Ngày sinh", new() { Exact = true }).FillAsync("15/03/2021");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Không tìm thấy hồ sơ");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("liên hệ trường mầm non");
    }

    /// <summary>Decodes the QR code as the browser drew it, from a screenshot; the image may need a frame to decode.</summary>
    private static async Task<string?> DecodeRenderedQrAsync(IPage page)
    {
        var qr = page.Locator(".slip-qr");
        await Assertions.Expect(qr).ToBeVisibleAsync();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var decoded = QrReader.Decode(await qr.ScreenshotAsync(new LocatorScreenshotOptions { Animations = ScreenshotAnimations.Disabled }));
            if (decoded is not null)
            {
                return decoded;
            }

            await page.WaitForTimeoutAsync(200);
        }

        return null;
    }

    private static async Task LookUpAndConfirmAsync(IPage page, string nationalId)
    {
        await page.GotoAsync("/");
        await page.GetByLabel("Mã định danh").FillAsync(nationalId);
        await page.GetByLabel("Ngày sinh", new() { Exact = true }).FillAsync("14/03/2021");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await page.GetByLabel("Tôi đã kiểm tra và xác nhận các thông tin trên là chính xác").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã xác nhận");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"Đã xác nhận lúc \d{2}/\d{2}/\d{4} \d{2}:\d{2}")]
    private static partial Regex ConfirmedAtPattern();
}
