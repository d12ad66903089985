using System.Text;
using Admissions.Domain.Identity;

namespace Admissions.Domain.Import;

/// <summary>Why a value is not a personal identification number or temporary code.</summary>
public enum PersonalIdProblem
{
    None,
    Missing,

    /// <summary>Only digits, but not 12 of them.</summary>
    WrongLength,

    /// <summary>Starts with <c>TMP</c> but is not followed by exactly 9 digits.</summary>
    InvalidTemporaryCode,

    /// <summary>Contains a character that is neither a digit nor an accepted separator.</summary>
    NotDigits,
}

/// <summary>
/// Diagnosis and masking of raw ID input that <see cref="PersonalId.TryParse"/> rejected, so that a
/// report can give the reason without showing the whole value.
/// </summary>
public static class PersonalIdCheck
{
    public static PersonalIdProblem Classify(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return PersonalIdProblem.Missing;
        }

        if (PersonalId.TryParse(raw, out _))
        {
            return PersonalIdProblem.None;
        }

        var compact = Compact(raw);
        if (compact.StartsWith("TMP", StringComparison.Ordinal))
        {
            return PersonalIdProblem.InvalidTemporaryCode;
        }

        return compact.All(char.IsAsciiDigit) ? PersonalIdProblem.WrongLength : PersonalIdProblem.NotDigits;
    }

    /// <summary>The Vietnamese reason for a rejected ID, for the import report.</summary>
    public static string Describe(string? raw) => Classify(raw) switch
    {
        PersonalIdProblem.None => throw new ArgumentException("The value is a valid personal ID.", nameof(raw)),
        PersonalIdProblem.Missing => ImportMessages.Missing(DossierColumn.NationalId),
        PersonalIdProblem.WrongLength => ImportMessages.PersonalIdWrongLength(Compact(raw!).Length),
        PersonalIdProblem.InvalidTemporaryCode => ImportMessages.TemporaryCodeInvalid,
        _ => ImportMessages.PersonalIdNotDigits,
    };

    /// <summary>
    /// Masks raw ID input the way <see cref="PersonalId.Masked"/> masks a valid one: the separators are
    /// removed, the first and last three characters stay and the rest become <c>*</c>. Values shorter than
    /// seven characters are masked entirely, and anything past 20 characters is cut off.
    /// </summary>
    public static string MaskRaw(string? raw)
    {
        if (PersonalId.TryParse(raw, out var id))
        {
            return id.Masked();
        }

        var compact = new string(Compact(raw ?? "").Take(20).Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return compact.Length < 7
            ? new string('*', compact.Length)
            : compact[..3] + new string('*', compact.Length - 6) + compact[^3..];
    }

    /// <summary>The value with the separators that <see cref="PersonalId.TryParse"/> accepts removed, in upper case.</summary>
    private static string Compact(string raw)
    {
        var compact = new StringBuilder(raw.Length);
        foreach (var c in raw.Normalize(NormalizationForm.FormKC))
        {
            if (c is ' ' or '.' or '-' or '\u00A0' or '\t')
            {
                continue;
            }

            compact.Append(char.ToUpperInvariant(c));
        }

        return compact.ToString();
    }
}
