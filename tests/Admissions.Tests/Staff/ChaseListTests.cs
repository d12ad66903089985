using Admissions.Data.Reporting;
using Admissions.Domain.Dossiers;
using Admissions.Tests.Infrastructure;

namespace Admissions.Tests.Staff;

/// <summary>The families to chase of one school: filters, paging, Vietnamese order and lookup figures.</summary>
public sealed class ChaseListTests
{
    private static readonly ChaseListRepository ChaseList = new(TestEnvironment.DataSource);
    private static readonly ReportingRepository Reports = new(TestEnvironment.DataSource);

    [Fact]
    public async Task ChaseList_Names_FollowVietnameseCollation()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        await ReportingTestData.InsertAsync(school, ward, fullName: "Vũ Minh An");
        await ReportingTestData.InsertAsync(school, ward, fullName: "Đặng Minh An");
        await ReportingTestData.InsertAsync(school, ward, fullName: "Bùi Minh An");
        await ReportingTestData.InsertAsync(school, ward, fullName: "Dương Minh An");

        var page = await ChaseList.ListFamiliesToChaseAsync(school, new ChaseFilter(), 1, 50, CancellationToken.None);

        Assert.Equal(["Bùi Minh An", "Dương Minh An", "Đặng Minh An", "Vũ Minh An"], page.Rows.Select(r => r.FullName));
    }

    [Fact]
    public async Task ChaseList_ByDefault_LeavesOutConfirmedAndAccepted()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        foreach (var status in Enum.GetValues<DossierStatus>())
        {
            await ReportingTestData.InsertAsync(school, ward, status.ToDb());
        }

        var page = await ChaseList.ListFamiliesToChaseAsync(school, new ChaseFilter(), 1, 50, CancellationToken.None);

        Assert.Equal(4, page.TotalRows);
        Assert.DoesNotContain(page.Rows, r => r.Status is DossierStatus.Confirmed or DossierStatus.AcceptedAtDeadline);
    }

    [Fact]
    public async Task ChaseList_ClassAndStatusFilter_KeepOnlyMatchingRows()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        var match = await ReportingTestData.InsertAsync(school, ward, "looked_up", preschoolClass: "Lá 2");
        await ReportingTestData.InsertAsync(school, ward, "not_looked_up", preschoolClass: "Lá 2");
        await ReportingTestData.InsertAsync(school, ward, "looked_up", preschoolClass: "Lá 3");

        var filter = new ChaseFilter { PreschoolClass = "Lá 2", Status = DossierStatus.LookedUp };
        var page = await ChaseList.ListFamiliesToChaseAsync(school, filter, 1, 50, CancellationToken.None);

        Assert.Equal(match, Assert.Single(page.Rows).DossierId);
    }

    [Fact]
    public async Task ChaseList_SecondPage_ContinuesTheNumbering()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        for (var i = 0; i < 7; i++)
        {
            await ReportingTestData.InsertAsync(school, ward, fullName: $"Lê Văn {(char)('A' + i)}");
        }

        var page = await ChaseList.ListFamiliesToChaseAsync(school, new ChaseFilter(), 2, 3, CancellationToken.None);

        Assert.Equal(7, page.TotalRows);
        Assert.Equal(3, page.PageCount);
        Assert.Equal([4L, 5L, 6L], page.Rows.Select(r => r.RowNumber));
        Assert.Equal("Lê Văn D", page.Rows[0].FullName);
    }

    [Fact]
    public async Task ChaseList_LookupFigures_ComeFromLookupAudit()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        var id = await ReportingTestData.InsertAsync(school, ward, "looked_up");
        await ReportingTestData.ExecuteAsync(
            """
            INSERT INTO lookup_audit (at, dossier_id, id_hash, client_hash, outcome) VALUES
                (timestamptz '2027-04-02 08:00+07', @Id, '\x01', '\x02', 'wrong_birth_date'),
                (timestamptz '2027-04-02 08:01+07', @Id, '\x01', '\x02', 'wrong_birth_date'),
                (timestamptz '2027-04-02 08:02+07', @Id, '\x01', '\x02', 'found')
            """,
            new { Id = id });

        var row = Assert.Single((await ChaseList.ListFamiliesToChaseAsync(school, new ChaseFilter(), 1, 50, CancellationToken.None)).Rows);

        Assert.Equal(2, row.WrongBirthDateCount);
        Assert.Equal(new DateTime(2027, 4, 2, 1, 2, 0, DateTimeKind.Utc), row.LastLookupAt);
    }

    [Fact]
    public async Task ChaseList_NationalId_IsMasked()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        await ReportingTestData.InsertAsync(school, ward);

        var row = Assert.Single((await ChaseList.ListFamiliesToChaseAsync(school, new ChaseFilter(), 1, 50, CancellationToken.None)).Rows);

        Assert.Matches(@"^080\*{6}\d{3}$", row.MaskedNationalId);
    }

    [Fact]
    public async Task SchoolRanking_EqualRates_SortByVietnameseName()
    {
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        var schools = new Dictionary<string, string>
        {
            [ReportingTestData.NewSchoolCode()] = "Trường Mầm non Vũ Xếp Hạng",
            [ReportingTestData.NewSchoolCode()] = "Trường Mầm non Đặng Xếp Hạng",
            [ReportingTestData.NewSchoolCode()] = "Trường Mầm non Bùi Xếp Hạng",
        };
        foreach (var (code, name) in schools)
        {
            // Enough children in the ward that the school is located there, whatever other tests put in it.
            await ReportingTestData.InsertAsync(code, ward, "confirmed", schoolName: name);
            await ReportingTestData.InsertAsync(code, ward, "looked_up", schoolName: name);
        }

        await ReportingTestData.RefreshPreschoolsAsync();
        var ranking = await Reports.ListSchoolsInWardAsync(ward, CancellationToken.None);
        var mine = ranking.Where(s => schools.ContainsKey(s.Code)).Select(s => s.Name);

        Assert.Equal(["Trường Mầm non Bùi Xếp Hạng", "Trường Mầm non Đặng Xếp Hạng", "Trường Mầm non Vũ Xếp Hạng"], mine);
    }
}
