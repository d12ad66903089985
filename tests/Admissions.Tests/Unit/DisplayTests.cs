using Admissions.Web.Infrastructure;
using Admissions.Web.Pages.HoSo;

namespace Admissions.Tests.Unit;

public sealed class DisplayTests
{
    [Theory]
    [InlineData("0912345678", "0912***678")]
    [InlineData("02838221234", "0283****234")]
    [InlineData("12345", "*****")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void MaskPhone_ShowsFirstFourAndLastThreeDigits(string? phone, string expected)
    {
        Assert.Equal(expected, DisplayFormat.MaskPhone(phone));
    }

    [Theory]
    [InlineData("14/03/2021", 2021, 3, 14)]
    [InlineData("1/2/2021", 2021, 2, 1)]
    [InlineData("2021-03-14", 2021, 3, 14)]
    [InlineData(" 14/03/2021 ", 2021, 3, 14)]
    [InlineData("１４/０３/２０２１", 2021, 3, 14)]
    [InlineData("29/02/2020", 2020, 2, 29)]
    public void DateInput_AcceptedForms_Parse(string text, int year, int month, int day)
    {
        Assert.True(DateInput.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("31/02/2021")]
    [InlineData("29/02/2021")]
    [InlineData("14/13/2021")]
    [InlineData("03/14/2021")]
    [InlineData("2021/03/14")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData(null)]
    public void DateInput_ImpossibleOrUnknownForms_AreRejected(string? text)
    {
        Assert.False(DateInput.TryParse(text, out _));
    }

    [Fact]
    public void ConfirmationWindow_Boundaries_FollowVietnamTime()
    {
        var season = new Admissions.Domain.Season.SeasonOptions
        {
            ConfirmationOpens = new DateTime(2027, 4, 1, 7, 0, 0),
            ConfirmationCloses = new DateTime(2027, 4, 30, 17, 0, 0),
        };

        Assert.Equal(ConfirmationWindowState.NotYetOpen, ConfirmationWindow.StateAt(season, new DateTimeOffset(2027, 3, 31, 23, 59, 0, TimeSpan.Zero)));
        Assert.Equal(ConfirmationWindowState.Open, ConfirmationWindow.StateAt(season, new DateTimeOffset(2027, 4, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(ConfirmationWindowState.Open, ConfirmationWindow.StateAt(season, new DateTimeOffset(2027, 4, 30, 9, 59, 0, TimeSpan.Zero)));
        Assert.Equal(ConfirmationWindowState.Closed, ConfirmationWindow.StateAt(season, new DateTimeOffset(2027, 4, 30, 10, 0, 0, TimeSpan.Zero)));
    }
}
