using System.Globalization;

namespace Admissions.Web.Infrastructure;

/// <summary>
/// Birth dates as parents type them (<c>dd/mm/yyyy</c>, <c>d/m/yyyy</c>, with dashes or dots, or eight digits
/// <c>ddmmyyyy</c> on phone keypads without a slash) or as the date picker sends them (<c>yyyy-mm-dd</c>).
/// </summary>
public static class DateInput
{
    private static readonly string[] Formats =
        ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy", "ddMMyyyy"];

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(Clean(text), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// Whether the text has the shape of a date (for example 31/02/2021) even though no such day exists, so that
    /// the message can say the day does not exist rather than that the format is wrong.
    /// </summary>
    public static bool LooksLikeDate(string? text) =>
        Clean(text) is { } cleaned && System.Text.RegularExpressions.Regex.IsMatch(cleaned, @"^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$|^\d{8}$");

    private static string? Clean(string? text) => text?.Normalize(System.Text.NormalizationForm.FormKC).Trim();
}
