using System.Globalization;
using System.Text;

namespace Admissions.Domain.Text;

/// <summary>Dates as Vietnamese files and forms write them.</summary>
public static class DateParser
{
    // "d/M/yyyy" also accepts two-digit day and month, so it covers dd/MM/yyyy.
    private static readonly string[] Formats = ["d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>
    /// Parses <c>dd/MM/yyyy</c>, <c>d/M/yyyy</c> or <c>yyyy-MM-dd</c>, with surrounding white space and
    /// full-width digits allowed. Returns false for any other shape and for dates that do not exist,
    /// such as 31/02/2021.
    /// </summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        var candidate = text.Trim();
        if (!Ascii.IsValid(candidate))
        {
            candidate = candidate.Normalize(NormalizationForm.FormKC);
        }

        return DateOnly.TryParseExact(candidate, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>Formats a date as <c>dd/MM/yyyy</c>, the form shown to parents and staff.</summary>
    public static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
