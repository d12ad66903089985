using System.Globalization;
using Admissions.Domain.Dossiers;
using Admissions.Domain.Import;
using Admissions.Domain.Text;

namespace Admissions.Domain.Corrections;

/// <summary>
/// Single fields of a <see cref="DossierData"/> as canonical strings, the form in which correction requests
/// store them: dates as <c>yyyy-MM-dd</c>, sex as <c>male</c> or <c>female</c>, birth years as four digits,
/// phones as domestic digits and text as stored.
/// </summary>
public static class DossierFieldValues
{
    private const string CanonicalDateFormat = "yyyy-MM-dd";

    public static string? Read(DossierData data, DossierColumn column) => column switch
    {
        DossierColumn.FullName => data.FullName,
        DossierColumn.BirthDate => FormatDate(data.BirthDate),
        DossierColumn.Sex => data.Sex.ToDb(),
        DossierColumn.BirthRegistrationPlace => data.BirthRegistrationPlace,
        DossierColumn.NativePlace => data.NativePlace,
        DossierColumn.Ethnicity => data.Ethnicity,
        DossierColumn.Nationality => data.Nationality,
        DossierColumn.PermanentResidence => data.PermanentResidence,
        DossierColumn.CurrentResidence => data.CurrentResidence,
        DossierColumn.HouseholdRelation => data.HouseholdRelation,
        DossierColumn.PreschoolClass => data.PreschoolClass,
        DossierColumn.FatherName => data.FatherName,
        DossierColumn.FatherBirthYear => FormatYear(data.FatherBirthYear),
        DossierColumn.FatherPhone => data.FatherPhone,
        DossierColumn.MotherName => data.MotherName,
        DossierColumn.MotherBirthYear => FormatYear(data.MotherBirthYear),
        DossierColumn.MotherPhone => data.MotherPhone,
        DossierColumn.GuardianName => data.GuardianName,
        DossierColumn.GuardianPhone => data.GuardianPhone,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "The field cannot be corrected."),
    };

    /// <summary>Returns a copy of <paramref name="data"/> with the given fields replaced by their canonical values.</summary>
    public static DossierData Apply(DossierData data, IReadOnlyDictionary<DossierColumn, string> values)
    {
        var result = data;
        foreach (var (column, value) in values)
        {
            result = Apply(result, column, value);
        }

        return result;
    }

    /// <summary>Formats a canonical value as parents and staff read it: dates as dd/MM/yyyy, sex as Nam or Nữ.</summary>
    public static string Display(DossierColumn column, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "—";
        }

        return column switch
        {
            DossierColumn.BirthDate => DateParser.Format(ParseDate(value)),
            DossierColumn.Sex => SexNames.FromDb(value).ToVietnamese(),
            _ => value,
        };
    }

    public static string FormatDate(DateOnly date) => date.ToString(CanonicalDateFormat, CultureInfo.InvariantCulture);

    private static DossierData Apply(DossierData data, DossierColumn column, string value) => column switch
    {
        DossierColumn.FullName => data with { FullName = value },
        DossierColumn.BirthDate => data with { BirthDate = ParseDate(value) },
        DossierColumn.Sex => data with { Sex = SexNames.FromDb(value) },
        DossierColumn.BirthRegistrationPlace => data with { BirthRegistrationPlace = value },
        DossierColumn.NativePlace => data with { NativePlace = value },
        DossierColumn.Ethnicity => data with { Ethnicity = value },
        DossierColumn.Nationality => data with { Nationality = value },
        DossierColumn.PermanentResidence => data with { PermanentResidence = value },
        DossierColumn.CurrentResidence => data with { CurrentResidence = value },
        DossierColumn.HouseholdRelation => data with { HouseholdRelation = value },
        DossierColumn.PreschoolClass => data with { PreschoolClass = value },
        DossierColumn.FatherName => data with { FatherName = value },
        DossierColumn.FatherBirthYear => data with { FatherBirthYear = ParseYear(value) },
        DossierColumn.FatherPhone => data with { FatherPhone = value },
        DossierColumn.MotherName => data with { MotherName = value },
        DossierColumn.MotherBirthYear => data with { MotherBirthYear = ParseYear(value) },
        DossierColumn.MotherPhone => data with { MotherPhone = value },
        DossierColumn.GuardianName => data with { GuardianName = value },
        DossierColumn.GuardianPhone => data with { GuardianPhone = value },
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "The field cannot be corrected."),
    };

    private static string? FormatYear(int? year) => year?.ToString(CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string value) => DateOnly.ParseExact(value, CanonicalDateFormat, CultureInfo.InvariantCulture);

    private static int ParseYear(string value) => int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
}
