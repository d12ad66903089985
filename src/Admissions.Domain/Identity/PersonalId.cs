using System.Globalization;
using System.Text;

namespace Admissions.Domain.Identity;

/// <summary>Kind of identifier a dossier is keyed on.</summary>
public enum PersonalIdKind
{
    /// <summary>The 12-digit personal identification number.</summary>
    Citizen,

    /// <summary>A temporary code issued by the Department: <c>TMP</c> followed by 9 digits.</summary>
    Temporary,
}

/// <summary>
/// A normalised personal identification number (12 digits) or temporary code (<c>TMP</c> + 9 digits).
/// </summary>
public readonly record struct PersonalId
{
    private PersonalId(string value, PersonalIdKind kind)
    {
        Value = value;
        Kind = kind;
    }

    /// <summary>Canonical form: 12 ASCII digits, or <c>TMP</c> and 9 ASCII digits.</summary>
    public string Value { get; }

    public PersonalIdKind Kind { get; }

    /// <summary>Digits 1–3 of a citizen number: the province where the birth was registered.</summary>
    public string? ProvinceCode => Kind == PersonalIdKind.Citizen ? Value[..3] : null;

    /// <summary>Digit 4 of a citizen number: 0/1 for the 1900s, 2/3 for 2000–2099; even is male.</summary>
    public int? CenturySexDigit => Kind == PersonalIdKind.Citizen ? Value[3] - '0' : null;

    /// <summary>Digits 5–6 of a citizen number: the last two digits of the birth year.</summary>
    public int? BirthYearDigits => Kind == PersonalIdKind.Citizen ? int.Parse(Value.AsSpan(4, 2), CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// Parses user or file input. Spaces, dots, dashes and full-width characters are accepted;
    /// the prefix <c>TMP</c> is case-insensitive. Returns false for anything else.
    /// </summary>
    public static bool TryParse(string? raw, out PersonalId id)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 64)
        {
            return false;
        }

        var compact = new StringBuilder(16);
        foreach (var c in raw.Normalize(NormalizationForm.FormKC))
        {
            if (c is ' ' or '.' or '-' or '\u00A0' or '\t')
            {
                continue;
            }

            compact.Append(char.ToUpperInvariant(c));
        }

        var value = compact.ToString();
        if (value.Length == 12 && IsAsciiDigits(value))
        {
            id = new PersonalId(value, PersonalIdKind.Citizen);
            return true;
        }

        if (value.Length == 12 && value.StartsWith("TMP", StringComparison.Ordinal) && IsAsciiDigits(value.AsSpan(3)))
        {
            id = new PersonalId(value, PersonalIdKind.Temporary);
            return true;
        }

        return false;
    }

    /// <summary>Parses a value already stored in canonical form; throws on anything else.</summary>
    public static PersonalId FromCanonical(string value) =>
        TryParse(value, out var id) && id.Value == value
            ? id
            : throw new FormatException("The value is not a canonical personal ID.");

    /// <summary>The ID with its middle digits hidden, for slips, reports and staff lists: <c>079******101</c>.</summary>
    public string Masked() => Value[..3] + new string('*', Value.Length - 6) + Value[^3..];

    public override string ToString() => Masked();

    private static bool IsAsciiDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
