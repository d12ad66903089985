using Admissions.Domain.Import;

namespace Admissions.Domain.Corrections;

/// <summary>
/// The dossier fields a parent may ask to correct, identified by their import column. The personal ID, the
/// ward code and the preschool stay with the school's data: a correction request cannot change them.
/// </summary>
public static class CorrectableFields
{
    /// <summary>The correctable fields in the order of the dossier page.</summary>
    public static IReadOnlyList<DossierColumn> All { get; } =
    [
        DossierColumn.FullName,
        DossierColumn.BirthDate,
        DossierColumn.Sex,
        DossierColumn.BirthRegistrationPlace,
        DossierColumn.NativePlace,
        DossierColumn.Ethnicity,
        DossierColumn.Nationality,
        DossierColumn.PermanentResidence,
        DossierColumn.CurrentResidence,
        DossierColumn.HouseholdRelation,
        DossierColumn.PreschoolClass,
        DossierColumn.FatherName,
        DossierColumn.FatherBirthYear,
        DossierColumn.FatherPhone,
        DossierColumn.MotherName,
        DossierColumn.MotherBirthYear,
        DossierColumn.MotherPhone,
        DossierColumn.GuardianName,
        DossierColumn.GuardianPhone,
    ];

    /// <summary>
    /// The key of a field in forms and in the stored proposal: the import column name, for example
    /// <c>ngay_sinh</c>.
    /// </summary>
    public static string Key(this DossierColumn column) => column.HeaderName();

    /// <summary>Finds the correctable field of a form or proposal key; false for any other key.</summary>
    public static bool TryParseKey(string? key, out DossierColumn column)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Key(), key, StringComparison.Ordinal))
            {
                column = candidate;
                return true;
            }
        }

        column = default;
        return false;
    }

    public static bool IsPhone(DossierColumn column) =>
        column is DossierColumn.FatherPhone or DossierColumn.MotherPhone or DossierColumn.GuardianPhone;

    public static bool IsPersonName(DossierColumn column) =>
        column is DossierColumn.FullName or DossierColumn.FatherName or DossierColumn.MotherName or DossierColumn.GuardianName;

    public static bool IsBirthYear(DossierColumn column) =>
        column is DossierColumn.FatherBirthYear or DossierColumn.MotherBirthYear;

    /// <summary>
    /// Whether a request for these fields needs an evidence file. Phone numbers appear on no birth certificate
    /// or residence record, so a request that only changes phones needs none.
    /// </summary>
    public static bool NeedEvidence(IEnumerable<DossierColumn> columns) => columns.Any(column => !IsPhone(column));
}
