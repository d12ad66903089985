using Admissions.Domain.Reference;
using Admissions.Tests.Infrastructure;

namespace Admissions.Tests.Domain;

public sealed class ReferenceCodeSetTests
{
    [Fact]
    public void LoadCsv_Wards_Has168CityWards()
    {
        var wards = ReferenceCodeSet.LoadCsv(TestEnvironment.WardsPath);

        Assert.Equal(168, wards.Count);
        Assert.True(wards.Contains("70101063"));
        Assert.False(wards.Contains("99999999"));
    }

    [Fact]
    public void LoadCsv_ProvinceCodes_HasThe63Provinces()
    {
        var provinces = ReferenceCodeSet.LoadCsv(TestEnvironment.ProvinceCodesPath);

        Assert.Equal(63, provinces.Count);
        Assert.True(provinces.Contains("079"));
        Assert.True(provinces.Contains("074"));
        Assert.False(provinces.Contains("003"));
    }

    [Fact]
    public void ReadCsv_Wards_KeepsNameAndKind()
    {
        var first = ReferenceEntry.ReadCsv(TestEnvironment.WardsPath)[0];

        Assert.Equal(new ReferenceEntry("70101063", "Phường Sài Gòn", "phuong"), first);
    }

    [Fact]
    public void ReadCsv_WrongHeader_Throws()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "ma,ten\n079,Hồ Chí Minh\n");

            Assert.Throws<InvalidDataException>(() => ReferenceEntry.ReadCsv(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
