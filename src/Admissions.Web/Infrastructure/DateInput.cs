using System.Globalization;

namespace Admissions.Web.Infrastructure;

/// <summary>Birth dates as parents type them (<c>dd/mm/yyyy</c>, <c>d/m/yyyy</c>) or as the date picker sends them (<c>yyyy-mm-dd</c>).</summary>
public static class DateInput
{
    private static readonly string[] Formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy"];

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(
            text?.Normalize(System.Text.NormalizationForm.FormKC).Trim(),
            Formats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out date);
}
