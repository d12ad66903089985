using Admissions.Domain.Text;

namespace Admissions.Tests.Domain;

public sealed class PhoneNormalizerTests
{
    [Theory]
    [InlineData("0912345678", "0912345678")]
    [InlineData("+84 912 345 678", "0912345678")]
    [InlineData("+84 935 222 333", "0935222333")]
    [InlineData("84912345678", "0912345678")]
    [InlineData("0084 912 345 678", "0912345678")]
    [InlineData("+84 0912 345 678", "0912345678")]
    [InlineData("0912.345.678", "0912345678")]
    [InlineData("0912-345-678", "0912345678")]
    [InlineData(" 0912 345 678 ", "0912345678")]
    [InlineData("０９１２３４５６７８", "0912345678")]
    [InlineData("0356029027", "0356029027")]
    [InlineData("0582681954", "0582681954")]
    [InlineData("0701234567", "0701234567")]
    [InlineData("0812345678", "0812345678")]
    [InlineData("0283 822 1234", "02838221234")]
    [InlineData("(028) 3822 1234", "02838221234")]
    [InlineData("+84 28 3822 1234", "02838221234")]
    public void TryNormalize_ValidNumber_ReturnsDomesticDigits(string raw, string expected)
    {
        var valid = PhoneNormalizer.TryNormalize(raw, out var phone);

        Assert.True(valid);
        Assert.Equal(expected, phone);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("091234567")]
    [InlineData("09123456789")]
    [InlineData("0123456789")]
    [InlineData("0412345678")]
    [InlineData("0612345678")]
    [InlineData("0283822123")]
    [InlineData("028382212345")]
    [InlineData("0912345abc")]
    [InlineData("+1 912 345 678")]
    [InlineData("không có")]
    public void TryNormalize_InvalidNumber_ReturnsFalse(string? raw)
    {
        Assert.False(PhoneNormalizer.TryNormalize(raw, out _));
    }
}
