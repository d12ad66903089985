using Admissions.Data.Reporting;
using Admissions.Tests.Infrastructure;

namespace Admissions.Tests.Staff;

/// <summary>First confirmations per day in Asia/Ho_Chi_Minh, kept by the trigger on confirmations.</summary>
public sealed class DailyProgressTests
{
    private static readonly ReportingRepository Reports = new(TestEnvironment.DataSource);

    [Fact]
    public async Task DailyProgress_ConfirmationsOnTwoDays_CountsEachDay()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        var first = await ReportingTestData.InsertAsync(school, ward, "looked_up");
        var second = await ReportingTestData.InsertAsync(school, ward, "looked_up");
        var third = await ReportingTestData.InsertAsync(school, ward, "looked_up");

        await ReportingTestData.ConfirmAsync(first, new DateTimeOffset(2027, 4, 2, 9, 0, 0, TimeSpan.FromHours(7)));
        await ReportingTestData.ConfirmAsync(second, new DateTimeOffset(2027, 4, 2, 15, 0, 0, TimeSpan.FromHours(7)));
        await ReportingTestData.ConfirmAsync(third, new DateTimeOffset(2027, 4, 5, 8, 0, 0, TimeSpan.FromHours(7)));
        var progress = await Reports.GetDailyProgressAsync(ReportArea.School(school), CancellationToken.None);

        Assert.Equal([new DailyConfirmations(new DateOnly(2027, 4, 2), 2), new DailyConfirmations(new DateOnly(2027, 4, 5), 1)], progress);
    }

    [Fact]
    public async Task DailyProgress_AfterVietnamMidnight_CountsNextDay()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        var id = await ReportingTestData.InsertAsync(school, ward, "looked_up");

        // 17:30 UTC on 2 April is 00:30 on 3 April in Vietnam.
        await ReportingTestData.ConfirmAsync(id, new DateTimeOffset(2027, 4, 2, 17, 30, 0, TimeSpan.Zero));
        var progress = await Reports.GetDailyProgressAsync(ReportArea.School(school), CancellationToken.None);

        Assert.Equal(new DateOnly(2027, 4, 3), Assert.Single(progress).Day);
    }

    [Fact]
    public async Task DailyProgress_Reconfirmation_IsNotCountedAgain()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, _) = await ReportingTestData.TwoWardsAsync();
        var id = await ReportingTestData.InsertAsync(school, ward, "looked_up");
        await ReportingTestData.ConfirmAsync(id, new DateTimeOffset(2027, 4, 2, 9, 0, 0, TimeSpan.FromHours(7)));
        await TestDossiers.ChangeDataAsync(id);

        await ReportingTestData.ConfirmAsync(id, new DateTimeOffset(2027, 4, 3, 9, 0, 0, TimeSpan.FromHours(7)));
        var progress = await Reports.GetDailyProgressAsync(ReportArea.School(school), CancellationToken.None);

        Assert.Equal([new DailyConfirmations(new DateOnly(2027, 4, 2), 1)], progress);
    }

    [Fact]
    public async Task DailyProgress_OfWard_CountsChildrenResidingThere()
    {
        var school = ReportingTestData.NewSchoolCode();
        var (ward, other) = await ReportingTestData.TwoWardsAsync();
        var resident = await ReportingTestData.InsertAsync(school, ward, "looked_up");
        var nonResident = await ReportingTestData.InsertAsync(school, other, "looked_up");

        // A day far from the season, and the count before the test, keep other tests' confirmations out of the check.
        var day = new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)).AddDays(Random.Shared.Next(0, 3000));
        var before = await CountOnDayAsync(ReportArea.Ward(ward), day);
        await ReportingTestData.ConfirmAsync(resident, day.AddHours(10));
        await ReportingTestData.ConfirmAsync(nonResident, day.AddHours(11));
        var after = await CountOnDayAsync(ReportArea.Ward(ward), day);

        Assert.Equal(before + 1, after);
    }

    private static async Task<long> CountOnDayAsync(ReportArea area, DateTimeOffset day)
    {
        var progress = await Reports.GetDailyProgressAsync(area, CancellationToken.None);
        return progress.SingleOrDefault(d => d.Day == DateOnly.FromDateTime(day.DateTime))?.FirstConfirmations ?? 0;
    }
}
