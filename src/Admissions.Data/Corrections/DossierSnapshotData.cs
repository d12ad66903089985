using Admissions.Data.Dossiers;
using Admissions.Domain.Dossiers;
using Admissions.Domain.Identity;

namespace Admissions.Data.Corrections;

/// <summary>Conversion of a stored dossier to the domain's <see cref="DossierData"/>, on which corrections operate.</summary>
public static class DossierSnapshotData
{
    public static DossierData ToDossierData(this DossierSnapshot dossier) => new()
    {
        NationalId = PersonalId.FromCanonical(dossier.NationalId),
        FullName = dossier.FullName,
        BirthDate = dossier.BirthDate,
        Sex = dossier.SexValue,
        BirthRegistrationPlace = dossier.BirthRegistrationPlace,
        NativePlace = dossier.NativePlace,
        Ethnicity = dossier.Ethnicity,
        Nationality = dossier.Nationality,
        PermanentResidence = dossier.PermanentResidence,
        CurrentResidence = dossier.CurrentResidence,
        WardCode = dossier.WardCode,
        HouseholdRelation = dossier.HouseholdRelation,
        PreschoolCode = dossier.PreschoolCode,
        PreschoolName = dossier.PreschoolName,
        PreschoolClass = dossier.PreschoolClass,
        FatherName = dossier.FatherName,
        FatherBirthYear = dossier.FatherBirthYear,
        FatherPhone = dossier.FatherPhone,
        MotherName = dossier.MotherName,
        MotherBirthYear = dossier.MotherBirthYear,
        MotherPhone = dossier.MotherPhone,
        GuardianName = dossier.GuardianName,
        GuardianPhone = dossier.GuardianPhone,
    };
}
