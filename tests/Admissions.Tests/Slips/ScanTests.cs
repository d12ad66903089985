using Admissions.Data.Staff;
using Admissions.Domain.Staff;
using Admissions.Tests.Infrastructure;

namespace Admissions.Tests.Slips;

/// <summary>
/// The verification page as three viewers see it: anyone, staff whose scope covers the dossier, and staff outside it.
/// </summary>
[Collection("web")]
public sealed class ScanTests(SharedWebApp shared)
{
    private WebAppProcess App => shared.App;

    [Fact]
    public async Task Anonymous_SeesOnlyValidityAndTime()
    {
        var (_, url) = await ConfirmedSlipAsync("Hà Quét Ẩn Danh");
        using var anonymous = new ParentClient(App.BaseAddress);

        var text = (await anonymous.GetDocumentAsync(url)).Body!.TextContent;

        Assert.Contains("Phiếu hợp lệ.", text);
        Assert.Matches(@"lúc \d{2}/\d{2}/\d{4} \d{2}:\d{2}", text);
        Assert.DoesNotContain("Hà Quét Ẩn Danh", text);
        Assert.DoesNotContain("Thông tin dành cho cán bộ", text);
    }

    [Fact]
    public async Task StaffInScope_SeesChildStatusAndTime()
    {
        var (school, url) = await ConfirmedSlipAsync("Hà Quét Trong Phạm Vi");
        var account = await StaffTestAccounts.CreateAsync(StaffRole.School, school.Code);
        using var staff = await StaffTestAccounts.SignInAsync(App.BaseAddress, account);

        var page = await staff.GetDocumentAsync(url);
        var staffView = page.QuerySelector("section[aria-labelledby=staff-view-heading]")?.TextContent ?? "";
        var audit = await StaffTestAccounts.AuditAsync(account.Id, StaffAuditActions.ScanSlip);

        Assert.Contains("Phiếu hợp lệ.", page.Body!.TextContent);
        Assert.Contains("Hà Quét Trong Phạm Vi", staffView);
        Assert.Contains("Đã xác nhận", staffView);
        Assert.Matches(@"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", staffView);
        var row = Assert.Single(audit);
        Assert.Equal(school.DossierIds[0], row.DossierId);
        Assert.Equal("verdict=current", row.Detail);
    }

    [Fact]
    public async Task WardStaff_StaleSlip_SeesNewStatus()
    {
        var (school, url) = await ConfirmedSlipAsync("Hà Quét Phiếu Cũ");
        await TestDossiers.ChangeDataAsync(school.DossierIds[0]);
        var account = await StaffTestAccounts.CreateAsync(StaffRole.Ward, SlipTestSchools.WardCode);
        using var staff = await StaffTestAccounts.SignInAsync(App.BaseAddress, account);

        var page = await staff.GetDocumentAsync(url);
        var staffView = page.QuerySelector("section[aria-labelledby=staff-view-heading]")?.TextContent ?? "";

        Assert.Contains("đã cũ", page.Body!.TextContent);
        Assert.Contains("Hà Quét Phiếu Cũ", staffView);
        Assert.Contains("Đã điều chỉnh, chờ xác nhận lại", staffView);
        Assert.Equal("verdict=stale", Assert.Single(await StaffTestAccounts.AuditAsync(account.Id, StaffAuditActions.ScanSlip)).Detail);
    }

    [Fact]
    public async Task StaffOutsideScope_SeesPublicView()
    {
        var (_, url) = await ConfirmedSlipAsync("Hà Quét Ngoài Phạm Vi");
        var otherSchool = await SlipTestSchools.CreateConfirmedAsync(1);
        var schoolAccount = await StaffTestAccounts.CreateAsync(StaffRole.School, otherSchool.Code);
        var wardAccount = await StaffTestAccounts.CreateAsync(StaffRole.Ward, SlipTestSchools.OtherWardCode);

        foreach (var account in new[] { schoolAccount, wardAccount })
        {
            using var staff = await StaffTestAccounts.SignInAsync(App.BaseAddress, account);
            var text = (await staff.GetDocumentAsync(url)).Body!.TextContent;

            Assert.Contains("Phiếu hợp lệ.", text);
            Assert.DoesNotContain("Hà Quét Ngoài Phạm Vi", text);
            Assert.DoesNotContain("Thông tin dành cho cán bộ", text);
            Assert.Empty(await StaffTestAccounts.AuditAsync(account.Id, StaffAuditActions.ScanSlip));
        }
    }

    [Fact]
    public async Task Staff_InvalidToken_SeesInvalidOnly()
    {
        var account = await StaffTestAccounts.CreateAsync(StaffRole.Department, null);
        using var staff = await StaffTestAccounts.SignInAsync(App.BaseAddress, account);

        var text = (await staff.GetDocumentAsync("/xac-thuc/khong-phai-ma-phieu")).Body!.TextContent;

        Assert.Contains("Phiếu không hợp lệ", text);
        Assert.DoesNotContain("Thông tin dành cho cán bộ", text);
        Assert.Empty(await StaffTestAccounts.AuditAsync(account.Id, StaffAuditActions.ScanSlip));
    }

    /// <summary>Creates a school with one confirmed dossier and returns the path in its slip's QR code, as the batch page prints it.</summary>
    private async Task<(TestSchool School, string Path)> ConfirmedSlipAsync(string childName)
    {
        var school = await SlipTestSchools.CreateAsync([new(childName, "Lá 1")]);
        var printer = await StaffTestAccounts.CreateAsync(StaffRole.School, school.Code);
        using var client = await StaffTestAccounts.SignInAsync(App.BaseAddress, printer);

        var page = await client.GetDocumentAsync("/can-bo/in-phieu");
        var qr = page.QuerySelector(".slip-batch .slip-qr")?.GetAttribute("src") ?? "";
        var url = QrReader.DecodeDataUri(qr) ?? throw new InvalidOperationException("The printed slip's QR code could not be decoded.");
        return (school, new Uri(url).PathAndQuery);
    }
}
