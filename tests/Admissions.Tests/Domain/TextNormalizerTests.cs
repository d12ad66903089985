using System.Text;
using Admissions.Domain.Text;

namespace Admissions.Tests.Domain;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Normalize_NfdInput_ReturnsNfc()
    {
        var decomposed = "Tra\u0302\u0300n Ngo\u0323c Ba\u0309o Ha\u0302n";

        var normalized = TextNormalizer.Normalize(decomposed);

        Assert.Equal("Trần Ngọc Bảo Hân", normalized);
        Assert.True(normalized.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("  Lê Hoàng  Phúc ", "Lê Hoàng Phúc")]
    [InlineData("Lê\tHoàng\r\nPhúc", "Lê Hoàng Phúc")]
    [InlineData("Lê\u00A0Hoàng\u2003Phúc", "Lê Hoàng Phúc")]
    [InlineData("Lê\u0001Phúc", "Lê Phúc")]
    [InlineData("Lê Hoàng Phúc", "Lê Hoàng Phúc")]
    public void Normalize_WhiteSpace_IsCollapsedAndTrimmed(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_Null_ReturnsEmpty()
    {
        Assert.Equal("", TextNormalizer.Normalize(null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    public void NormalizeOptional_NothingLeft_ReturnsNull(string? input)
    {
        Assert.Null(TextNormalizer.NormalizeOptional(input));
    }

    [Fact]
    public void Normalize_LoneSurrogate_IsReplacedInsteadOfThrowing()
    {
        Assert.Equal("a\uFFFDb", TextNormalizer.Normalize("a\uD800b"));
    }

    [Theory]
    [InlineData("Thuý", "Thúy")]
    [InlineData("Hoà", "Hòa")]
    [InlineData("Phạm Thị Thuý Hoà", "Phạm Thị Thúy Hòa")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("Quỳ", "quỳ")]
    [InlineData("ĐẶNG", "đặng")]
    [InlineData("Ðặng", "Đặng")]
    [InlineData("Tra\u0302\u0300n", "Trần")]
    [InlineData("  Lê  Lợi ", "lê lợi")]
    public void FoldForComparison_EquivalentSpellings_AreEqual(string left, string right)
    {
        Assert.Equal(TextNormalizer.FoldForComparison(left), TextNormalizer.FoldForComparison(right));
    }

    [Theory]
    [InlineData("Lan", "Lân")]
    [InlineData("Hà", "Hạ")]
    [InlineData("Thuý", "Thuỳ")]
    [InlineData("Dung", "Đung")]
    [InlineData("Lê Lợi", "LêLợi")]
    public void FoldForComparison_DifferentNames_Differ(string left, string right)
    {
        Assert.NotEqual(TextNormalizer.FoldForComparison(left), TextNormalizer.FoldForComparison(right));
    }
}
