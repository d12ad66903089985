namespace Admissions.Data.Dossiers;

/// <summary>The select list shared by every query that reads a <see cref="DossierSnapshot"/>.</summary>
internal static class DossierQueries
{
    public const string SnapshotSelect = """
        SELECT d.id, d.national_id AS NationalId, d.full_name AS FullName, d.birth_date AS BirthDate, d.sex,
               d.birth_registration_place AS BirthRegistrationPlace, d.native_place AS NativePlace, d.ethnicity,
               d.nationality, d.permanent_residence AS PermanentResidence, d.current_residence AS CurrentResidence,
               d.ward_code AS WardCode, w.name AS WardName, d.household_relation AS HouseholdRelation,
               d.preschool_code AS PreschoolCode, d.preschool_name AS PreschoolName, d.preschool_class AS PreschoolClass,
               d.father_name AS FatherName, d.father_birth_year AS FatherBirthYear, d.father_phone AS FatherPhone,
               d.mother_name AS MotherName, d.mother_birth_year AS MotherBirthYear, d.mother_phone AS MotherPhone,
               d.guardian_name AS GuardianName, d.guardian_phone AS GuardianPhone,
               d.data_version AS DataVersion, d.status,
               c.id AS ConfirmationId, c.confirmed_at AS ConfirmedAt, c.receipt_code AS ReceiptCode,
               cr.id AS CorrectionId, cr.status AS CorrectionStatus, cr.submitted_at AS CorrectionSubmittedAt,
               cr.decided_at AS CorrectionDecidedAt, cr.decision_reason AS CorrectionDecisionReason
        FROM dossiers d
        JOIN wards w ON w.code = d.ward_code
        LEFT JOIN confirmations c ON c.dossier_id = d.id AND c.data_version = d.data_version
        LEFT JOIN LATERAL (
            SELECT r.id, r.status, r.submitted_at, r.decided_at, r.decision_reason
            FROM correction_requests r
            WHERE r.dossier_id = d.id
            ORDER BY r.submitted_at DESC, r.id DESC
            LIMIT 1
        ) cr ON true
        """;
}
