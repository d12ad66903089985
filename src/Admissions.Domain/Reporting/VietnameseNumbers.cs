using System.Globalization;

namespace Admissions.Domain.Reporting;

/// <summary>
/// Numbers written the Vietnamese way: a dot between thousands and a comma before decimals (86.392 and 86,67%).
/// The separators are fixed here, so the output does not depend on the ICU data of the server.
/// </summary>
public static class VietnameseNumbers
{
    private static readonly NumberFormatInfo Format = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>Formats a count with thousands separators: <c>99.674</c>.</summary>
    public static string Integer(long value) => value.ToString("#,0", Format);

    /// <summary>Formats a percentage with two decimals, <c>86,67%</c>, or returns an em dash when there is no value.</summary>
    public static string Percent(decimal? value) => value is { } percent ? percent.ToString("#,0.00", Format) + "%" : "—";
}
