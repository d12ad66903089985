using Admissions.Domain.Import;

namespace Admissions.Tests.Import;

public sealed class PreschoolRefreshTests
{
    [Fact]
    public async Task Import_NewSchool_IsListedWithTheWardMostChildrenLiveIn()
    {
        var schoolCode = "MN-T" + Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        TestDossierRow Child(string ward) => new TestDossierRow()
            .With(DossierColumn.PreschoolCode, schoolCode)
            .With(DossierColumn.PreschoolName, "Trường Mầm non Họa Mi Thử")
            .With(DossierColumn.WardCode, ward);
        var context = new ImportTestContext();

        await context.ImportRowsAsync(Child("70101064"), Child("70101064"), Child("70101065"));
        var name = await ImportTestContext.ScalarAsync<string>("SELECT name FROM preschools WHERE code = @Code", new { Code = schoolCode });
        var ward = await ImportTestContext.ScalarAsync<string>("SELECT ward_code FROM preschools WHERE code = @Code", new { Code = schoolCode });

        Assert.Equal("Trường Mầm non Họa Mi Thử", name);
        Assert.Equal("70101064", ward);
    }
}
