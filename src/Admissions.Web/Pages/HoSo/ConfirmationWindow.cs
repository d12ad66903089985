using Admissions.Domain.Season;

namespace Admissions.Web.Pages.HoSo;

public enum ConfirmationWindowState
{
    NotYetOpen,
    Open,
    Closed,
}

/// <summary>Whether parents may confirm now, from the season's configured window.</summary>
public static class ConfirmationWindow
{
    public static ConfirmationWindowState StateAt(SeasonOptions season, DateTimeOffset now)
    {
        if (now < VietnamTime.FromLocal(season.ConfirmationOpens))
        {
            return ConfirmationWindowState.NotYetOpen;
        }

        return now >= VietnamTime.FromLocal(season.ConfirmationCloses) ? ConfirmationWindowState.Closed : ConfirmationWindowState.Open;
    }

    public static string Describe(SeasonOptions season, ConfirmationWindowState state) => state switch
    {
        ConfirmationWindowState.NotYetOpen =>
            $"Thời gian xác nhận hồ sơ bắt đầu từ {Format(season.ConfirmationOpens)}. Xin quay lại trang này từ thời điểm đó để xác nhận.",
        ConfirmationWindowState.Closed =>
            $"Thời gian xác nhận hồ sơ đã kết thúc lúc {Format(season.ConfirmationCloses)}. Hồ sơ chưa được xác nhận được xem là cha mẹ học sinh đã chấp nhận thông tin.",
        _ => "",
    };

    private static string Format(DateTime local) => local.ToString("HH:mm 'ngày' dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
