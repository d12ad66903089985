using Admissions.Domain.Reporting;
using Admissions.Web.Pages.CanBo.Shared;
using Admissions.Web.Pages.CanBo.Truong;

namespace Admissions.Tests.Staff;

public sealed class ReportFormattingTests
{
    private static readonly StatusCounts CityExample = new() { Confirmed = 80_000, AcceptedAtDeadline = 6_392, LookedUp = 13_282 };

    [Theory]
    [InlineData(0, "0")]
    [InlineData(999, "999")]
    [InlineData(86_392, "86.392")]
    [InlineData(1_700_000, "1.700.000")]
    public void Integer_Thousands_AreSeparatedByDots(long value, string expected)
    {
        Assert.Equal(expected, VietnameseNumbers.Integer(value));
    }

    [Fact]
    public void Percent_TwoDecimals_UseComma()
    {
        Assert.Equal("86,67%", VietnameseNumbers.Percent(86.67m));
    }

    [Fact]
    public void Percent_NoValue_IsDash()
    {
        Assert.Equal("—", VietnameseNumbers.Percent(null));
    }

    [Fact]
    public void RatePercent_CityExample_IsRoundedToTwoDecimals()
    {
        Assert.Equal(99_674, CityExample.Total);
        Assert.Equal(86.67m, CityExample.RatePercent);
    }

    [Fact]
    public void RatePercent_AlmostAll_StaysBelowHundred()
    {
        var counts = new StatusCounts { Confirmed = 99_999, LookedUp = 1 };

        Assert.Equal(99.99m, counts.RatePercent);
    }

    [Fact]
    public void RatePercent_TwoThirds_RoundsUp()
    {
        var counts = new StatusCounts { Confirmed = 2, LookedUp = 1 };

        Assert.Equal(66.67m, counts.RatePercent);
    }

    [Fact]
    public void RatePercent_OneInHundredThousand_StaysAboveZero()
    {
        var counts = new StatusCounts { Confirmed = 1, LookedUp = 99_999 };

        Assert.Equal(0.01m, counts.RatePercent);
    }

    [Fact]
    public void RatePercent_AllSettled_IsHundred()
    {
        var counts = new StatusCounts { Confirmed = 3, AcceptedAtDeadline = 1 };

        Assert.Equal(100m, counts.RatePercent);
    }

    [Fact]
    public void RatePercent_NoDossier_IsNull()
    {
        Assert.Null(StatusCounts.Empty.RatePercent);
    }

    [Fact]
    public void RateSentence_CityExample_ReadsTheVietnameseWay()
    {
        Assert.Equal("86.392/99.674 hồ sơ, đạt 86,67%", StaffDisplay.RateSentence(CityExample));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+84912345678", "'+84912345678")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Lá 1, Sáng", "\"Lá 1, Sáng\"")]
    [InlineData("Nguyễn Văn An", "Nguyễn Văn An")]
    public void CsvCell_DangerousOrSpecialValue_IsNeutralisedOrQuoted(string value, string expected)
    {
        Assert.Equal(expected, ChaseListCsv.Cell(value));
    }
}
