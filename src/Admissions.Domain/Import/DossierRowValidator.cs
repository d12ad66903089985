using System.Globalization;
using Admissions.Domain.Dossiers;
using Admissions.Domain.Identity;
using Admissions.Domain.Reference;
using Admissions.Domain.Season;
using Admissions.Domain.Text;

namespace Admissions.Domain.Import;

/// <summary>
/// Applies the rules of the dossier import file to one row. It checks the required columns, the personal ID
/// against sex and birth date, the child's age for the season, the ward and preschool codes, the name,
/// parents' birth years and contacts. Every text it returns is normalised (NFC, collapsed spaces).
/// </summary>
public sealed class DossierRowValidator
{
    /// <summary>The nationality stored when the file leaves <c>quoc_tich</c> empty.</summary>
    public const string DefaultNationality = "Việt Nam";

    /// <summary>How many years older than the nominal age a child may be and still import, with a warning.</summary>
    public const int MaxYearsOlder = 3;

    private readonly ReferenceCodeSet provinceCodes;
    private readonly ReferenceCodeSet wardCodes;
    private readonly SeasonOptions season;

    public DossierRowValidator(ReferenceCodeSet provinceCodes, ReferenceCodeSet wardCodes, SeasonOptions season)
    {
        this.provinceCodes = provinceCodes;
        this.wardCodes = wardCodes;
        this.season = season;
    }

    /// <summary>Creates a validator from the province-code and ward reference CSV files.</summary>
    public static DossierRowValidator FromReferenceFiles(string provinceCodesPath, string wardsPath, SeasonOptions season) =>
        new(ReferenceCodeSet.LoadCsv(provinceCodesPath), ReferenceCodeSet.LoadCsv(wardsPath), season);

    public DossierRowResult Validate(DossierRecord record)
    {
        var errors = new List<string>();
        var warnings = new List<string>();

        var nationalId = ParseNationalId(record[DossierColumn.NationalId], errors);
        var fullName = ParseFullName(record[DossierColumn.FullName], errors);
        var birthDate = ParseBirthDate(record[DossierColumn.BirthDate], errors);
        var sex = ParseSex(record[DossierColumn.Sex], errors);
        var currentResidence = ParseRequiredText(record, DossierColumn.CurrentResidence, errors);
        var wardCode = ParseWardCode(record[DossierColumn.WardCode], errors);
        var preschoolCode = ParsePreschoolCode(record[DossierColumn.PreschoolCode], errors);
        var preschoolName = ParseRequiredText(record, DossierColumn.PreschoolName, errors);

        if (birthDate is { } knownBirthDate)
        {
            CheckAge(knownBirthDate.Year, errors, warnings);
        }

        if (nationalId is { Kind: PersonalIdKind.Citizen } citizenId)
        {
            CheckIdAgainstRecord(citizenId, sex, birthDate, warnings);
        }

        var father = ParseContact(record, DossierColumn.FatherName, DossierColumn.FatherPhone, warnings);
        var fatherBirthYear = ParseParentBirthYear(record, DossierColumn.FatherBirthYear, birthDate, warnings);
        var mother = ParseContact(record, DossierColumn.MotherName, DossierColumn.MotherPhone, warnings);
        var motherBirthYear = ParseParentBirthYear(record, DossierColumn.MotherBirthYear, birthDate, warnings);
        var guardian = ParseContact(record, DossierColumn.GuardianName, DossierColumn.GuardianPhone, warnings);

        if (!father.IsComplete && !mother.IsComplete && !guardian.IsComplete)
        {
            errors.Add(ImportMessages.NoContact);
        }

        if (errors.Count > 0
            || nationalId is not { } id
            || fullName is null
            || birthDate is not { } date
            || sex is not { } knownSex
            || currentResidence is null
            || wardCode is null
            || preschoolCode is null
            || preschoolName is null)
        {
            return DossierRowResult.Rejected(nationalId, errors);
        }

        var data = new DossierData
        {
            NationalId = id,
            FullName = fullName,
            BirthDate = date,
            Sex = knownSex,
            BirthRegistrationPlace = OptionalText(record, DossierColumn.BirthRegistrationPlace),
            NativePlace = OptionalText(record, DossierColumn.NativePlace),
            Ethnicity = OptionalText(record, DossierColumn.Ethnicity),
            Nationality = OptionalText(record, DossierColumn.Nationality) ?? DefaultNationality,
            PermanentResidence = OptionalText(record, DossierColumn.PermanentResidence),
            CurrentResidence = currentResidence,
            WardCode = wardCode,
            HouseholdRelation = OptionalText(record, DossierColumn.HouseholdRelation),
            PreschoolCode = preschoolCode,
            PreschoolName = preschoolName,
            PreschoolClass = OptionalText(record, DossierColumn.PreschoolClass),
            FatherName = father.Name,
            FatherBirthYear = fatherBirthYear,
            FatherPhone = father.Phone,
            MotherName = mother.Name,
            MotherBirthYear = motherBirthYear,
            MotherPhone = mother.Phone,
            GuardianName = guardian.Name,
            GuardianPhone = guardian.Phone,
        };
        return DossierRowResult.Accepted(data, warnings);
    }

    private static PersonalId? ParseNationalId(string? raw, List<string> errors)
    {
        if (PersonalId.TryParse(raw, out var id))
        {
            return id;
        }

        errors.Add(PersonalIdCheck.Describe(raw));
        return null;
    }

    private static string? ParseFullName(string? raw, List<string> errors)
    {
        var name = TextNormalizer.NormalizeOptional(raw);
        if (name is null)
        {
            errors.Add(ImportMessages.Missing(DossierColumn.FullName));
            return null;
        }

        if (name.Length is < 2 or > 100)
        {
            errors.Add(ImportMessages.FullNameLength(name.Length));
            return null;
        }

        foreach (var c in name)
        {
            // Combining marks stay for the rare letters that NFC cannot compose into one character.
            var isNamePart = c == ' ' || char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
            if (!isNamePart)
            {
                errors.Add(ImportMessages.FullNameInvalidCharacters);
                return null;
            }
        }

        return name;
    }

    private static DateOnly? ParseBirthDate(string? raw, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            errors.Add(ImportMessages.Missing(DossierColumn.BirthDate));
            return null;
        }

        if (!DateParser.TryParse(raw, out var date))
        {
            errors.Add(ImportMessages.BirthDateInvalid);
            return null;
        }

        return date;
    }

    /// <summary>Accepts <c>Nam</c> or <c>Nữ</c> in any case, in NFC or NFD.</summary>
    private static Sex? ParseSex(string? raw, List<string> errors)
    {
        var value = TextNormalizer.Normalize(raw).ToLowerInvariant();
        switch (value)
        {
            case "":
                errors.Add(ImportMessages.Missing(DossierColumn.Sex));
                return null;
            case "nam":
                return Sex.Male;
            case "nữ":
                return Sex.Female;
            default:
                errors.Add(ImportMessages.SexInvalid);
                return null;
        }
    }

    private string? ParseWardCode(string? raw, List<string> errors)
    {
        var code = TextNormalizer.NormalizeOptional(raw);
        if (code is null)
        {
            errors.Add(ImportMessages.Missing(DossierColumn.WardCode));
            return null;
        }

        if (!wardCodes.Contains(code))
        {
            errors.Add(ImportMessages.WardUnknown(code));
            return null;
        }

        return code;
    }

    /// <summary>Accepts 1 to 20 ASCII letters, digits or dashes, kept as written.</summary>
    private static string? ParsePreschoolCode(string? raw, List<string> errors)
    {
        var code = TextNormalizer.NormalizeOptional(raw);
        if (code is null)
        {
            errors.Add(ImportMessages.Missing(DossierColumn.PreschoolCode));
            return null;
        }

        if (code.Length > 20 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            errors.Add(ImportMessages.PreschoolCodeInvalid);
            return null;
        }

        return code;
    }

    private static string? ParseRequiredText(DossierRecord record, DossierColumn column, List<string> errors)
    {
        var text = OptionalText(record, column);
        if (text is null)
        {
            errors.Add(ImportMessages.Missing(column));
        }

        return text;
    }

    private static string? OptionalText(DossierRecord record, DossierColumn column) => TextNormalizer.NormalizeOptional(record[column]);

    /// <summary>
    /// A child born in the nominal year imports normally, one born one to three years earlier imports with
    /// a warning, and any other child is rejected.
    /// </summary>
    private void CheckAge(int birthYear, List<string> errors, List<string> warnings)
    {
        var yearsOlder = season.NominalBirthYear - birthYear;
        if (yearsOlder < 0)
        {
            errors.Add(ImportMessages.TooYoung(birthYear, season));
        }
        else if (yearsOlder > MaxYearsOlder)
        {
            errors.Add(ImportMessages.TooOld(birthYear, season));
        }
        else if (yearsOlder > 0)
        {
            warnings.Add(ImportMessages.Older(birthYear, season));
        }
    }

    /// <summary>
    /// Compares the structure of a 12-digit number with the rest of the row. Only the 12 digits are
    /// guaranteed by law, so a mismatch is a warning: either the ID or the other field may be wrong.
    /// </summary>
    private void CheckIdAgainstRecord(PersonalId id, Sex? sex, DateOnly? birthDate, List<string> warnings)
    {
        if (!provinceCodes.Contains(id.ProvinceCode!))
        {
            warnings.Add(ImportMessages.ProvinceUnknown(id.ProvinceCode!));
        }

        // Digit 4 is 0/1 for 1900–1999, 2/3 for 2000–2099 and so on. An even digit is male, an odd one female.
        var centurySexDigit = id.CenturySexDigit!.Value;
        if (sex is { } knownSex && (centurySexDigit % 2 == 0) != (knownSex == Sex.Male))
        {
            warnings.Add(ImportMessages.SexDigitMismatch);
        }

        if (birthDate is not { } date)
        {
            return;
        }

        var centuryStart = 1900 + centurySexDigit / 2 * 100;
        if (date.Year < centuryStart || date.Year > centuryStart + 99)
        {
            warnings.Add(ImportMessages.CenturyDigitMismatch);
        }

        if (id.BirthYearDigits != date.Year % 100)
        {
            warnings.Add(ImportMessages.YearDigitsMismatch);
        }
    }

    /// <summary>Reads a parent's or guardian's name and phone. An invalid phone is dropped with a warning.</summary>
    private static Contact ParseContact(DossierRecord record, DossierColumn nameColumn, DossierColumn phoneColumn, List<string> warnings)
    {
        var name = OptionalText(record, nameColumn);
        var rawPhone = record[phoneColumn];
        if (string.IsNullOrWhiteSpace(rawPhone))
        {
            return new Contact(name, null);
        }

        if (PhoneNormalizer.TryNormalize(rawPhone, out var phone))
        {
            return new Contact(name, phone);
        }

        warnings.Add(ImportMessages.PhoneDropped(phoneColumn));
        return new Contact(name, null);
    }

    /// <summary>
    /// Reads a parent's four-digit birth year, which must be 12 to 80 years before the child's. Any other
    /// value is dropped with a warning.
    /// </summary>
    private static int? ParseParentBirthYear(DossierRecord record, DossierColumn column, DateOnly? childBirthDate, List<string> warnings)
    {
        var raw = record[column];
        var year = 0;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = raw.Trim();
        var isFourDigits = text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year);
        var isPlausible = childBirthDate is not { } child || (year <= child.Year - 12 && year >= child.Year - 80);
        if (!isFourDigits || !isPlausible)
        {
            warnings.Add(ImportMessages.BirthYearDropped(column));
            return null;
        }

        return year;
    }

    private readonly record struct Contact(string? Name, string? Phone)
    {
        /// <summary>Whether the contact can be reached: a name and a valid phone.</summary>
        public bool IsComplete => Name is not null && Phone is not null;
    }
}
