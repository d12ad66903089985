using Admissions.Data.Staff;
using Admissions.Domain.Staff;
using Admissions.Tests.Infrastructure;

namespace Admissions.Tests.Staff;

/// <summary>The staff dossier page: every field for the child's school, less for others, and an audit row per view.</summary>
[Collection("web")]
public sealed class StaffDossierPageTests(SharedWebApp shared)
{
    [Fact]
    public async Task DossierPage_View_IsRecordedInStaffAudit()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        var id = await ReportingTestData.InsertAsync(school, ward);
        var (client, accountId) = await StaffClient.SignInAsync(shared.App.BaseAddress, new StaffScope(StaffRole.School, school));
        using var _client = client;

        await client.GetDocumentAsync($"/can-bo/ho-so/{id}");
        var views = await ReportingTestData.ScalarAsync<long>(
            "SELECT count(*) FROM staff_audit WHERE account_id = @Account AND action = @Action AND dossier_id = @Id",
            new { Account = accountId, Action = StaffAuditActions.ViewDossier, Id = id });

        Assert.Equal(1, views);
    }

    [Fact]
    public async Task DossierPage_ChildsSchool_SeesPhonesAndEthnicity()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        var id = await ReportingTestData.InsertAsync(school, ward, fatherPhone: "0903444555");
        var (client, _) = await StaffClient.SignInAsync(shared.App.BaseAddress, new StaffScope(StaffRole.School, school));
        using var _client = client;

        var text = (await client.GetDocumentAsync($"/can-bo/ho-so/{id}")).Body!.TextContent;

        Assert.Contains("0903444555", text);
        Assert.Contains("Dân tộc", text);
    }

    [Fact]
    public async Task DossierPage_Ward_SeesNeitherFullPhonesNorEthnicity()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        var id = await ReportingTestData.InsertAsync(school, ward, fatherPhone: "0903444555");
        var (client, _) = await StaffClient.SignInAsync(shared.App.BaseAddress, new StaffScope(StaffRole.Ward, ward));
        using var _client = client;

        var text = (await client.GetDocumentAsync($"/can-bo/ho-so/{id}")).Body!.TextContent;

        Assert.Contains("0903***555", text);
        Assert.DoesNotContain("0903444555", text);
        Assert.DoesNotContain("Dân tộc", text);
    }

    [Fact]
    public async Task DossierPage_History_ListsEachTransition()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        var id = await ReportingTestData.InsertAsync(school, ward, "confirmed");
        await ReportingTestData.ExecuteAsync(
            """
            INSERT INTO dossier_history (dossier_id, actor, from_status, to_status, data_version) VALUES
                (@Id, 'parent', 'not_looked_up', 'looked_up', 1),
                (@Id, 'parent', 'looked_up', 'confirmed', 1)
            """,
            new { Id = id });
        var (client, _) = await StaffClient.SignInAsync(shared.App.BaseAddress, new StaffScope(StaffRole.Department, null));
        using var _client = client;

        var page = await client.GetDocumentAsync($"/can-bo/ho-so/{id}");
        var rows = page.QuerySelectorAll("#history-heading ~ div tbody tr").Select(r => r.TextContent).ToList();

        Assert.Equal(2, rows.Count);
        Assert.Contains("Đã xác nhận", rows[1]);
    }
}
