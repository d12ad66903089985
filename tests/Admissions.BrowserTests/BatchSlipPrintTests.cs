using System.Text.RegularExpressions;
using Admissions.Domain.Staff;
using Admissions.Tests.Slips;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Admissions.BrowserTests;

/// <summary>Batch slips printed to PDF by Chromium: two A5 slips on each A4 landscape sheet, none split, none scaled.</summary>
[Collection("browser")]
public sealed partial class BatchSlipPrintTests(BrowserFixture fixture)
{
    // A4 landscape in PDF points (1/72 inch): 297 × 210 mm.
    private const double A4LongSide = 841.89;
    private const double A4ShortSide = 595.28;

    // 148.5 mm, half of an A4 sheet's long side, in CSS pixels (96 per inch).
    private const double HalfSheetWidthPixels = 148.5 / 25.4 * 96;

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(40, 20)]
    public async Task Slips_PrintTwoPerA4Sheet(int slipCount, int expectedPages)
    {
        var school = await SlipTestSchools.CreateConfirmedAsync(slipCount);
        await using var context = await NewDesktopContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, await StaffTestAccounts.CreateAsync(StaffRole.School, school.Code));

        await page.GotoAsync($"/can-bo/in-phieu?truong={school.Code}");
        await Assertions.Expect(page.Locator(".slip-batch .slip")).ToHaveCountAsync(slipCount);
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
        using var document = PdfDocument.Open(pdf);

        Assert.Equal(expectedPages, document.NumberOfPages);
        foreach (var sheet in document.GetPages())
        {
            Assert.InRange(sheet.Width, A4LongSide - 2, A4LongSide + 2);
            Assert.InRange(sheet.Height, A4ShortSide - 2, A4ShortSide + 2);

            // A whole slip ends with its footer, so a sheet without a split slip contains as many titles as footers.
            var text = WhiteSpace().Replace(sheet.Text, "");
            var expectedOnSheet = sheet.Number < expectedPages || slipCount % 2 == 0 ? 2 : 1;
            Assert.Equal(expectedOnSheet, Regex.Matches(text, "PHIẾUXÁCNHẬNTHÔNGTINTUYỂNSINHLỚP1").Count);
            Assert.Equal(expectedOnSheet, Regex.Matches(text, "QuétmãQRđểkiểmtraphiếucònhiệulực").Count);
            Assert.DoesNotContain("Xem phiếu", sheet.Text);
        }
    }

    [Fact]
    public async Task Slip_KeepsItsA5SizeWhenPrinted()
    {
        var school = await SlipTestSchools.CreateConfirmedAsync(2);
        await using var context = await NewDesktopContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, await StaffTestAccounts.CreateAsync(StaffRole.School, school.Code));

        await page.GotoAsync($"/can-bo/in-phieu?truong={school.Code}");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var halves = page.Locator(".slip-batch-half");
        var first = await halves.Nth(0).BoundingBoxAsync();
        var second = await halves.Nth(1).BoundingBoxAsync();
        var transform = await page.Locator(".slip-batch .slip").First.EvaluateAsync<string>("slip => getComputedStyle(slip).transform");

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.InRange(first.Width, HalfSheetWidthPixels - 1, HalfSheetWidthPixels + 1);
        Assert.InRange(second.X - first.X, HalfSheetWidthPixels - 1, HalfSheetWidthPixels + 1);
        Assert.Equal(first.Y, second.Y);
        Assert.Equal("none", transform);
    }

    private Task<IBrowserContext> NewDesktopContextAsync() => fixture.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        Locale = "vi-VN",
        TimezoneId = "Asia/Ho_Chi_Minh",
        BaseURL = fixture.App.BaseAddress.ToString(),
    });

    private static async Task SignInAsync(IPage page, TestStaffAccount account)
    {
        await page.GotoAsync("/can-bo/dang-nhap");
        await page.GetByLabel("Tên đăng nhập").FillAsync(account.Username);
        await page.GetByLabel("Mật khẩu").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/can-bo/dang-nhap", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
