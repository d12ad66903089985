using System.Globalization;

namespace Admissions.Domain.Season;

/// <summary>Conversions between stored UTC instants and the local time of Asia/Ho_Chi_Minh.</summary>
public static class VietnamTime
{
    /// <summary>Asia/Ho_Chi_Minh; a fixed UTC+7 zone where tzdata is missing (Vietnam has no daylight saving).</summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public static DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    /// <summary>Formats an instant as <c>dd/MM/yyyy HH:mm</c> in Vietnam time.</summary>
    public static string Format(DateTimeOffset instant) =>
        ToLocal(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Asia/Ho_Chi_Minh", "ICT");
        }
    }
}
