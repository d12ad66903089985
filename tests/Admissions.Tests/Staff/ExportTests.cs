using System.Net;
using System.Text;
using Admissions.Data.Staff;
using Admissions.Domain.Staff;
using Admissions.Tests.Infrastructure;

namespace Admissions.Tests.Staff;

/// <summary>The CSV export of a school's chase list: bytes Excel opens, cells it cannot run, and the audit row.</summary>
[Collection("web")]
public sealed class ExportTests(SharedWebApp shared)
{
    [Fact]
    public async Task Export_Bytes_StartWithUtf8ByteOrderMark()
    {
        var (school, client, _) = await SchoolWithAccountAsync();
        using var _client = client;

        var bytes = await (await client.GetAsync($"/can-bo/truong/{school}?handler=Export")).Content.ReadAsByteArrayAsync();

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
    }

    [Fact]
    public async Task Export_Response_IsCsvAttachment()
    {
        var (school, client, _) = await SchoolWithAccountAsync();
        using var _client = client;

        using var response = await client.GetAsync($"/can-bo/truong/{school}?handler=Export");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task Export_Header_IsVietnameseWithoutEthnicity()
    {
        var (school, client, _) = await SchoolWithAccountAsync();
        using var _client = client;

        var lines = await ReadLinesAsync(client, $"/can-bo/truong/{school}?handler=Export");

        Assert.StartsWith("STT,Số hồ sơ,Mã định danh,Họ và tên trẻ,Ngày sinh,Lớp", lines[0]);
        Assert.DoesNotContain("Dân tộc", lines[0]);
        Assert.DoesNotContain(lines, line => line.Contains("Hoa", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+Lê Văn Cộng", "'+Lê Văn Cộng")]
    [InlineData("-Lê Văn Trừ", "'-Lê Văn Trừ")]
    [InlineData("@Lê Văn A Còng", "'@Lê Văn A Còng")]
    public async Task Export_FormulaLikeName_IsNeutralised(string fullName, string expectedCell)
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        await ReportingTestData.InsertAsync(school, ward, fullName: fullName);
        var (client, _) = await StaffClient.SignInAsync(shared.App.BaseAddress, new StaffScope(StaffRole.School, school));
        using var _client = client;

        var lines = await ReadLinesAsync(client, $"/can-bo/truong/{school}?handler=Export");

        Assert.Contains("," + expectedCell + ",", lines[1]);
    }

    [Fact]
    public async Task Export_FilteredByStatus_ContainsOnlyThatStatus()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        await ReportingTestData.InsertAsync(school, ward, "looked_up", fullName: "Tô Thị Đã Tra");
        await ReportingTestData.InsertAsync(school, ward, "not_looked_up", fullName: "Tô Thị Chưa Tra");
        var (client, _) = await StaffClient.SignInAsync(shared.App.BaseAddress, new StaffScope(StaffRole.School, school));
        using var _client = client;

        var lines = await ReadLinesAsync(client, $"/can-bo/truong/{school}?handler=Export&trang-thai=looked_up");

        Assert.Equal(2, lines.Count);
        Assert.Contains("Tô Thị Đã Tra", lines[1]);
    }

    [Fact]
    public async Task Export_Audit_StoresFilterOnly()
    {
        var (school, client, accountId) = await SchoolWithAccountAsync();
        using var _client = client;

        await (await client.GetAsync($"/can-bo/truong/{school}?handler=Export&lop={Uri.EscapeDataString("Lá 1")}&trang-thai=looked_up")).Content.ReadAsByteArrayAsync();
        var detail = await ReportingTestData.ScalarAsync<string>(
            "SELECT detail FROM staff_audit WHERE account_id = @Account AND action = @Action",
            new { Account = accountId, Action = StaffAuditActions.ExportList });

        Assert.Equal($"preschool={school}; class=Lá 1; status=looked_up", detail);
    }

    [Fact]
    public async Task Export_OtherSchool_IsNotFoundAndNotAudited()
    {
        var (school, _, _) = await SchoolWithAccountAsync();
        var (client, accountId) = await StaffClient.SignInAsync(shared.App.BaseAddress, new StaffScope(StaffRole.School, ReportingTestData.NewSchoolCode()));
        using var _client = client;

        using var response = await client.GetAsync($"/can-bo/truong/{school}?handler=Export");
        var audited = await ReportingTestData.ScalarAsync<long>(
            "SELECT count(*) FROM staff_audit WHERE account_id = @Account AND action = @Action",
            new { Account = accountId, Action = StaffAuditActions.ExportList });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, audited);
    }

    private async Task<(string School, ParentClient Client, long AccountId)> SchoolWithAccountAsync()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        await ReportingTestData.InsertAsync(school, ward, "looked_up", fullName: "Cao Thị Xuất");
        var (client, accountId) = await StaffClient.SignInAsync(shared.App.BaseAddress, new StaffScope(StaffRole.School, school));
        return (school, client, accountId);
    }

    private static async Task<List<string>> ReadLinesAsync(ParentClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}
