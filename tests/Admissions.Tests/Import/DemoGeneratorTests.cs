using System.Text;
using Admissions.Cli.Demo;
using Admissions.Domain.Identity;
using Admissions.Domain.Reference;
using Admissions.Tests.Infrastructure;
using nietras.SeparatedValues;

namespace Admissions.Tests.Import;

public sealed class DemoGeneratorTests : IDisposable
{
    private readonly ImportTestContext context = new();

    public void Dispose() => context.Dispose();

    private static DemoSeasonGenerator CreateGenerator(ulong seed) => new(
        ReferenceEntry.ReadCsv(TestEnvironment.WardsPath),
        ReferenceEntry.ReadCsv(TestEnvironment.ProvinceCodesPath),
        TestValidators.Season.NominalBirthYear,
        seed);

    private string Generate(ulong seed, int count, string name)
    {
        var path = Path.Combine(context.Directory, name);
        CreateGenerator(seed).WriteFile(path, count);
        return path;
    }

    private static List<string> ReadColumn(string path, string columnName)
    {
        using var reader = Sep.New(',').Reader(options => options with { Unescape = true }).FromFile(path);
        return reader.Enumerate(row => row[columnName].ToString()).ToList();
    }

    [Fact]
    public void Generate_SameSeedAndCount_IsByteIdentical()
    {
        var first = File.ReadAllBytes(Generate(42, 500, "first.csv"));
        var second = File.ReadAllBytes(Generate(42, 500, "second.csv"));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_OtherSeed_DiffersFromTheFirst()
    {
        var first = File.ReadAllBytes(Generate(42, 50, "first.csv"));
        var other = File.ReadAllBytes(Generate(43, 50, "other.csv"));

        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Generate_File_StartsWithByteOrderMarkAndTheHeader()
    {
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(Generate(7, 3, "small.csv")));

        Assert.StartsWith("\uFEFFma_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,", text);
        Assert.Equal(5, text.Split("\r\n").Length);
    }

    [Fact]
    public void Generate_ManyRows_HaveUniqueWellFormedIds()
    {
        var ids = ReadColumn(Generate(2027, 20_000, "many.csv"), "ma_dinh_danh");

        Assert.Equal(20_000, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(PersonalId.TryParse(id, out var parsed) && parsed.Value == id, id));
        Assert.DoesNotContain(ids, id => id.StartsWith("080", StringComparison.Ordinal));
        Assert.DoesNotContain(ids, id => int.Parse(id.AsSpan(id.Length - 6), System.Globalization.CultureInfo.InvariantCulture) < 1_000);
    }

    [Fact]
    public void Generate_ManyRows_CoverEveryWard()
    {
        var wardCodes = ReadColumn(Generate(2027, 20_000, "many.csv"), "ma_phuong_xa").ToHashSet();

        Assert.Equal(ReferenceCodeSet.LoadCsv(TestEnvironment.WardsPath).Count, wardCodes.Count);
    }

    [Fact]
    public void Generate_Season_HasAbout1400Preschools()
    {
        var generator = CreateGenerator(2027);

        Assert.InRange(generator.PreschoolCount, 1_250, 1_550);
    }

    [Fact]
    public async Task Import_GeneratedFile_HasNoRejectedRows()
    {
        var path = Generate(20_270_001, 400, "season.csv");

        var result = await context.ImportCompletedAsync(path);

        Assert.Equal(400, result.Read);
        Assert.Equal(0, result.Rejected);
        Assert.Equal(400, result.Inserted + result.Updated + result.Unchanged);
    }
}
