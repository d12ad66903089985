using Admissions.Data.Reporting;
using Admissions.Tests.Infrastructure;

namespace Admissions.Tests.Staff;

/// <summary>The count tables that the dossier triggers maintain, compared with a direct count over dossiers.</summary>
public sealed class StatusCountTests
{
    private static readonly ReportingRepository Reports = new(TestEnvironment.DataSource);

    [Fact]
    public async Task Counts_AfterSingleInserts_MatchDirectCount()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        await ReportingTestData.InsertAsync(school, ward, "not_looked_up");
        await ReportingTestData.InsertAsync(school, ward, "not_looked_up");
        await ReportingTestData.InsertAsync(school, ward, "looked_up");

        var counts = await Reports.GetSchoolSummaryAsync(school, CancellationToken.None);

        Assert.Equal(2, counts.NotLookedUp);
        Assert.Equal(1, counts.LookedUp);
        Assert.Equal(3, counts.Total);
        Assert.Equal(0, await MismatchedFineCountsAsync(school));
    }

    [Fact]
    public async Task Counts_AfterMultiRowInsert_MatchDirectCount()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (first, second) = await ReportingTestData.TwoWardsAsync();

        await ReportingTestData.ExecuteAsync(
            """
            INSERT INTO dossiers (national_id, full_name, birth_date, sex, nationality, current_residence, ward_code,
                                  preschool_code, preschool_name, content_hash, status)
            SELECT id, 'Trần Thị Nhiều', date '2021-01-01', 'female', 'Việt Nam', 'Số 1', CASE WHEN n % 3 = 0 THEN @First ELSE @Second END,
                   @School, 'Trường Mầm non Nhiều Dòng', '\x00', CASE WHEN n % 2 = 0 THEN 'confirmed' ELSE 'looked_up' END
            FROM unnest(@Ids::text[]) WITH ORDINALITY AS ids (id, n)
            """,
            new { First = first, Second = second, School = school, Ids = Enumerable.Range(0, 30).Select(_ => TestIds.NewCitizenId()).ToArray() });
        var counts = await Reports.GetSchoolSummaryAsync(school, CancellationToken.None);

        Assert.Equal(15, counts.Confirmed);
        Assert.Equal(15, counts.LookedUp);
        Assert.Equal(0, await MismatchedFineCountsAsync(school));
    }

    [Fact]
    public async Task Counts_AfterConfirm_MoveFromLookedUpToConfirmed()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        var id = await ReportingTestData.InsertAsync(school, ward, "looked_up");
        await ReportingTestData.InsertAsync(school, ward, "looked_up");

        await ReportingTestData.ConfirmAsync(id, DateTimeOffset.UtcNow);
        var counts = await Reports.GetSchoolSummaryAsync(school, CancellationToken.None);

        Assert.Equal(1, counts.LookedUp);
        Assert.Equal(1, counts.Confirmed);
        Assert.Equal(0, await MismatchedFineCountsAsync(school));
    }

    [Fact]
    public async Task Counts_AfterUpdateWithoutStatusChange_StayTheSame()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        var id = await ReportingTestData.InsertAsync(school, ward, "looked_up");

        await ReportingTestData.ExecuteAsync("UPDATE dossiers SET warnings = '{Cảnh báo thử}', updated_at = now() WHERE id = @Id", new { Id = id });
        var counts = await Reports.GetSchoolSummaryAsync(school, CancellationToken.None);

        Assert.Equal(1, counts.LookedUp);
        Assert.Equal(1, counts.Total);
    }

    [Fact]
    public async Task Counts_AfterSchoolAndWardChange_MoveToTheNewKeys()
    {
        var oldSchool = ReportingTestData.NewSchoolCode();
        var newSchool = ReportingTestData.NewSchoolCode();
        var (oldWard, newWard) = await ReportingTestData.TwoWardsAsync();
        var id = await ReportingTestData.InsertAsync(oldSchool, oldWard, "confirmed");

        await ReportingTestData.ExecuteAsync(
            "UPDATE dossiers SET preschool_code = @School, ward_code = @Ward, status = 'changed_awaiting_confirmation' WHERE id = @Id",
            new { Id = id, School = newSchool, Ward = newWard });
        var oldCounts = await Reports.GetSchoolSummaryAsync(oldSchool, CancellationToken.None);
        var newCounts = await Reports.GetSchoolSummaryAsync(newSchool, CancellationToken.None);

        Assert.Equal(0, oldCounts.Total);
        Assert.Equal(1, newCounts.ChangedAwaitingConfirmation);
        Assert.Equal(0, await MismatchedFineCountsAsync(oldSchool));
        Assert.Equal(0, await MismatchedFineCountsAsync(newSchool));
    }

    [Fact]
    public async Task Counts_AfterDelete_MatchDirectCount()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        await ReportingTestData.InsertAsync(school, ward, "looked_up");
        var deleted = await ReportingTestData.InsertAsync(school, ward, "looked_up");

        await ReportingTestData.ExecuteAsync("DELETE FROM dossiers WHERE id = @Id", new { Id = deleted });
        var counts = await Reports.GetSchoolSummaryAsync(school, CancellationToken.None);

        Assert.Equal(1, counts.LookedUp);
        Assert.Equal(0, await MismatchedFineCountsAsync(school));
    }

    [Fact]
    public async Task WardTotals_AfterChanges_MatchDirectCount()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        var id = await ReportingTestData.InsertAsync(school, ward, "looked_up");
        await ReportingTestData.InsertAsync(school, ward, "not_looked_up");
        await ReportingTestData.ConfirmAsync(id, DateTimeOffset.UtcNow);

        // One statement reads the totals and the dossiers in the same snapshot, so other tests' writes cannot interfere.
        var mismatches = await ReportingTestData.ScalarAsync<long>(
            """
            SELECT count(*)
            FROM (SELECT status, count(*) AS n FROM dossiers WHERE ward_code = @Ward GROUP BY status) AS direct
            JOIN ward_status_totals t ON t.ward_code = @Ward
            WHERE direct.n <> CASE direct.status
                WHEN 'not_looked_up' THEN t.not_looked_up WHEN 'looked_up' THEN t.looked_up WHEN 'confirmed' THEN t.confirmed
                WHEN 'correction_requested' THEN t.correction_requested
                WHEN 'changed_awaiting_confirmation' THEN t.changed_awaiting_confirmation
                ELSE t.accepted_at_deadline END
            """,
            new { Ward = ward });

        Assert.Equal(0, mismatches);
    }

    [Fact]
    public async Task RefreshPreschools_LocatesSchoolByMajorityWard()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (minority, majority) = await ReportingTestData.TwoWardsAsync();
        await ReportingTestData.InsertAsync(school, minority, schoolName: "Trường Mầm non Định Vị");
        await ReportingTestData.InsertAsync(school, majority, schoolName: "Trường Mầm non Định Vị");
        await ReportingTestData.InsertAsync(school, majority, schoolName: "Trường Mầm non Định Vị");

        await ReportingTestData.RefreshPreschoolsAsync();
        var preschool = await Reports.FindPreschoolAsync(school, CancellationToken.None);

        Assert.Equal(majority, preschool?.WardCode);
        Assert.Equal("Trường Mầm non Định Vị", preschool?.Name);
    }

    [Fact]
    public async Task RefreshPreschools_RemovesCodeWithoutDossiers()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        var id = await ReportingTestData.InsertAsync(school, ward);
        await ReportingTestData.RefreshPreschoolsAsync();

        await ReportingTestData.ExecuteAsync("DELETE FROM dossiers WHERE id = @Id", new { Id = id });
        await ReportingTestData.RefreshPreschoolsAsync();

        Assert.Null(await Reports.FindPreschoolAsync(school, CancellationToken.None));
    }

    /// <summary>Counts the (ward, status) keys of one school whose stored count differs from a direct count.</summary>
    private static Task<long> MismatchedFineCountsAsync(string school) => ReportingTestData.ScalarAsync<long>(
        """
        SELECT count(*)
        FROM (SELECT ward_code, status, count(*) AS n FROM dossiers WHERE preschool_code = @School GROUP BY ward_code, status) AS direct
        FULL JOIN (SELECT ward_code, status, dossiers FROM dossier_status_counts WHERE preschool_code = @School AND dossiers <> 0) AS stored
            USING (ward_code, status)
        WHERE direct.n IS DISTINCT FROM stored.dossiers
        """,
        new { School = school });
}
