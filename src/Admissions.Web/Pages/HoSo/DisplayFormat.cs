using System.Globalization;
using Admissions.Domain.Season;

namespace Admissions.Web.Pages.HoSo;

/// <summary>Formatting of dossier values for the parent's pages.</summary>
public static class DisplayFormat
{
    /// <summary>Shows only the first 4 and last 3 digits of a phone number: <c>0912***678</c>.</summary>
    public static string MaskPhone(string? phone)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return "";
        }

        if (phone.Length <= 7)
        {
            return new string('*', phone.Length);
        }

        return phone[..4] + new string('*', phone.Length - 7) + phone[^3..];
    }

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Instant(DateTime utc) => VietnamTime.Format(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    public static string OrDash(string? value) => string.IsNullOrWhiteSpace(value) ? "—" : value;

    public static string OrDash(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";
}
