using System.Text;

namespace Admissions.Domain.Text;

/// <summary>Vietnamese phone numbers in their canonical domestic form: ASCII digits starting with 0.</summary>
public static class PhoneNormalizer
{
    /// <summary>
    /// Converts a phone number as people write it (<c>+84 912 345 678</c>, <c>0912.345.678</c>,
    /// <c>(028) 3822 1234</c>, full-width digits) to its domestic form, for example <c>0912345678</c>.
    /// Returns false unless the result is a mobile number (10 digits starting with 03, 05, 07, 08 or 09)
    /// or a landline number (11 digits starting with 02).
    /// </summary>
    public static bool TryNormalize(string? raw, out string phone)
    {
        phone = "";
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 40)
        {
            return false;
        }

        var compact = new StringBuilder(16);
        foreach (var c in raw.Normalize(NormalizationForm.FormKC))
        {
            if (c is ' ' or '.' or '-' or '(' or ')' || char.IsWhiteSpace(c))
            {
                continue;
            }

            compact.Append(c);
        }

        var digits = ToDomesticPrefix(compact.ToString());
        if (!IsValidDomestic(digits))
        {
            return false;
        }

        phone = digits;
        return true;
    }

    /// <summary>Replaces the country code 84 (written <c>+84</c>, <c>0084</c> or <c>84</c>) with the trunk prefix 0.</summary>
    private static string ToDomesticPrefix(string value)
    {
        string? national = null;
        if (value.StartsWith("+84", StringComparison.Ordinal))
        {
            national = value[3..];
        }
        else if (value.StartsWith("0084", StringComparison.Ordinal))
        {
            national = value[4..];
        }
        else if (value.StartsWith("84", StringComparison.Ordinal) && value.Length is 11 or 12)
        {
            // 84 and a 9-digit mobile or 10-digit landline number: no domestic number starts with 8.
            national = value[2..];
        }

        if (national is null)
        {
            return value;
        }

        // Some people keep the trunk 0 after the country code: +84 0912 345 678.
        return national.StartsWith('0') ? national : "0" + national;
    }

    private static bool IsValidDomestic(string digits)
    {
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        var isMobile = digits.Length == 10 && digits[0] == '0' && digits[1] is '3' or '5' or '7' or '8' or '9';
        var isLandline = digits.Length == 11 && digits[0] == '0' && digits[1] == '2';
        return isMobile || isLandline;
    }
}
