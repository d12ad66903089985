using System.Globalization;
using System.Text;
using Admissions.Domain.Dossiers;
using Admissions.Domain.Import;
using Admissions.Domain.Season;
using Admissions.Domain.Text;

namespace Admissions.Domain.Corrections;

/// <summary>The outcome of checking one proposed value: the canonical value, or the Vietnamese error.</summary>
public readonly record struct ProposedValue(string? Value, string? Error)
{
    public static ProposedValue Valid(string value) => new(value, null);

    public static ProposedValue Invalid(string error) => new(null, error);
}

/// <summary>
/// The rules of the import file applied to one value a parent proposes, with two differences. An invalid phone or
/// parent's birth year is an error instead of being dropped. Parents' names follow the rule of the child's name
/// (letters and spaces only). Text comes back in Unicode NFC with white space collapsed.
/// </summary>
public sealed class CorrectionValueRules(SeasonOptions season)
{
    public const int MaxNameLength = 100;
    public const int MaxTextLength = 300;
    public const int MaxNoteLength = 1000;

    /// <summary>A parent is at least this many years older than the child, as in the import.</summary>
    public const int MinParentAgeGap = 12;

    /// <summary>A parent is at most this many years older than the child, as in the import.</summary>
    public const int MaxParentAgeGap = 80;

    /// <summary>
    /// Checks the raw value typed for <paramref name="column"/>. <paramref name="childBirthYear"/> is the birth
    /// year the dossier will have after the correction, against which a parent's birth year is checked.
    /// </summary>
    public ProposedValue Check(DossierColumn column, string? raw, int childBirthYear)
    {
        var text = TextNormalizer.Normalize(raw);
        if (text.Length == 0)
        {
            return ProposedValue.Invalid(CorrectionMessages.ValueMissing(column));
        }

        if (CorrectableFields.IsPersonName(column))
        {
            return IsPersonName(text) ? ProposedValue.Valid(text) : ProposedValue.Invalid(CorrectionMessages.NameInvalid(column));
        }

        if (CorrectableFields.IsPhone(column))
        {
            return PhoneNormalizer.TryNormalize(text, out var phone)
                ? ProposedValue.Valid(phone)
                : ProposedValue.Invalid(CorrectionMessages.PhoneInvalid(column));
        }

        if (CorrectableFields.IsBirthYear(column))
        {
            return CheckParentBirthYear(column, text, childBirthYear);
        }

        return column switch
        {
            DossierColumn.BirthDate => CheckBirthDate(text),
            DossierColumn.Sex => CheckSex(text),
            _ => text.Length <= MaxTextLength ? ProposedValue.Valid(text) : ProposedValue.Invalid(CorrectionMessages.TextTooLong(column)),
        };
    }

    /// <summary>2 to 100 letters and spaces; combining marks stay for letters that NFC cannot compose.</summary>
    private static bool IsPersonName(string name)
    {
        if (name.Length is < 2 or > MaxNameLength)
        {
            return false;
        }

        foreach (var c in name)
        {
            var isNamePart = c == ' ' || char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
            if (!isNamePart)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A real date, of a child born in the nominal year or up to three years earlier, as the import allows.</summary>
    private ProposedValue CheckBirthDate(string text)
    {
        if (!DateParser.TryParse(text, out var date))
        {
            return ProposedValue.Invalid(CorrectionMessages.BirthDateInvalid);
        }

        var yearsOlder = season.NominalBirthYear - date.Year;
        if (yearsOlder is < 0 or > DossierRowValidator.MaxYearsOlder)
        {
            return ProposedValue.Invalid(CorrectionMessages.BirthYearOutOfSeason(date.Year, season));
        }

        return ProposedValue.Valid(DossierFieldValues.FormatDate(date));
    }

    /// <summary>Accepts <c>Nam</c> or <c>Nữ</c> in any case.</summary>
    private static ProposedValue CheckSex(string text) => text.ToLowerInvariant() switch
    {
        "nam" => ProposedValue.Valid(Sex.Male.ToDb()),
        "nữ" => ProposedValue.Valid(Sex.Female.ToDb()),
        _ => ProposedValue.Invalid(CorrectionMessages.SexInvalid),
    };

    /// <summary>Four digits (full-width digits allowed), 12 to 80 years before the child's birth year.</summary>
    private static ProposedValue CheckParentBirthYear(DossierColumn column, string text, int childBirthYear)
    {
        var digits = text.Normalize(NormalizationForm.FormKC);
        var year = 0;
        var isFourDigits = digits.Length == 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out year);
        if (!isFourDigits || year > childBirthYear - MinParentAgeGap || year < childBirthYear - MaxParentAgeGap)
        {
            return ProposedValue.Invalid(CorrectionMessages.BirthYearInvalid(column, childBirthYear));
        }

        return ProposedValue.Valid(digits);
    }
}
