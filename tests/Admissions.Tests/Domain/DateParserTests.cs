using Admissions.Domain.Text;

namespace Admissions.Tests.Domain;

public sealed class DateParserTests
{
    [Theory]
    [InlineData("14/03/2021", 2021, 3, 14)]
    [InlineData("1/2/2021", 2021, 2, 1)]
    [InlineData("01/2/2021", 2021, 2, 1)]
    [InlineData("2021-07-09", 2021, 7, 9)]
    [InlineData(" 09/07/2021 ", 2021, 7, 9)]
    [InlineData("29/02/2020", 2020, 2, 29)]
    [InlineData("31/12/2021", 2021, 12, 31)]
    [InlineData("０９/０７/２０２１", 2021, 7, 9)]
    public void TryParse_AcceptedForm_ReturnsDate(string text, int year, int month, int day)
    {
        var parsed = DateParser.TryParse(text, out var date);

        Assert.True(parsed);
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("31/02/2021")]
    [InlineData("29/02/2021")]
    [InlineData("32/01/2021")]
    [InlineData("14/13/2021")]
    [InlineData("00/01/2021")]
    [InlineData("14/03/21")]
    [InlineData("03/14/2021 10:00")]
    [InlineData("2021/07/09")]
    [InlineData("09-07-2021")]
    [InlineData("2021-7-9")]
    [InlineData("14.03.2021")]
    [InlineData("ngày 14 tháng 3")]
    public void TryParse_OtherText_ReturnsFalse(string? text)
    {
        Assert.False(DateParser.TryParse(text, out _));
    }

    [Fact]
    public void Format_Date_IsDayMonthYear()
    {
        Assert.Equal("09/07/2021", DateParser.Format(new DateOnly(2021, 7, 9)));
    }
}
