using Dapper;
using Npgsql;

namespace Admissions.Data.Reporting;

/// <summary>Every stored field of one dossier, as staff see it, with where its school is located.</summary>
public sealed record StaffDossier
{
    public long Id { get; init; }

    public required string NationalId { get; init; }

    public required string FullName { get; init; }

    public DateTime BirthDate { get; init; }

    public required string Sex { get; init; }

    public string? BirthRegistrationPlace { get; init; }

    public string? NativePlace { get; init; }

    /// <summary>Sensitive: only the child's school may see it.</summary>
    public string? Ethnicity { get; init; }

    public required string Nationality { get; init; }

    public string? PermanentResidence { get; init; }

    public required string CurrentResidence { get; init; }

    /// <summary>The ward where the child resides.</summary>
    public required string WardCode { get; init; }

    public required string WardName { get; init; }

    public string? HouseholdRelation { get; init; }

    public required string PreschoolCode { get; init; }

    public required string PreschoolName { get; init; }

    public string? PreschoolClass { get; init; }

    /// <summary>The ward where the preschool is located, or null until <c>refresh_preschools()</c> has seen the school.</summary>
    public string? PreschoolWardCode { get; init; }

    public string? FatherName { get; init; }

    public int? FatherBirthYear { get; init; }

    public string? FatherPhone { get; init; }

    public string? MotherName { get; init; }

    public int? MotherBirthYear { get; init; }

    public string? MotherPhone { get; init; }

    public string? GuardianName { get; init; }

    public string? GuardianPhone { get; init; }

    /// <summary>Data-quality warnings of the last import, in Vietnamese.</summary>
    public string[] Warnings { get; init; } = [];

    public int DataVersion { get; init; }

    public required string Status { get; init; }

    /// <summary>UTC.</summary>
    public DateTime StatusChangedAt { get; init; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; init; }

    /// <summary>UTC.</summary>
    public DateTime UpdatedAt { get; init; }

    /// <summary>The confirmation of the current data version (UTC), if the parent has confirmed it.</summary>
    public DateTime? ConfirmedAt { get; init; }

    public string? ReceiptCode { get; init; }

    /// <summary>The latest lookup attempt on this dossier (UTC).</summary>
    public DateTime? LastLookupAt { get; init; }

    public long WrongBirthDateCount { get; init; }
}

/// <summary>One status transition of a dossier.</summary>
public sealed record DossierHistoryEntry
{
    /// <summary>UTC.</summary>
    public DateTime At { get; init; }

    /// <summary>Who or what moved it: <c>parent</c>, <c>import</c>, <c>deadline</c> or a staff reference.</summary>
    public required string Actor { get; init; }

    public string? FromStatus { get; init; }

    public required string ToStatus { get; init; }

    public int DataVersion { get; init; }

    public string? Reason { get; init; }
}

/// <summary>Reads one dossier and its status history for the staff dossier page.</summary>
public sealed class StaffDossierRepository(NpgsqlDataSource dataSource)
{
    private const string FindSql = """
        SELECT d.id, d.national_id AS NationalId, d.full_name AS FullName, d.birth_date AS BirthDate, d.sex,
               d.birth_registration_place AS BirthRegistrationPlace, d.native_place AS NativePlace, d.ethnicity,
               d.nationality, d.permanent_residence AS PermanentResidence, d.current_residence AS CurrentResidence,
               d.ward_code AS WardCode, w.name AS WardName, d.household_relation AS HouseholdRelation,
               d.preschool_code AS PreschoolCode, d.preschool_name AS PreschoolName, d.preschool_class AS PreschoolClass,
               p.ward_code AS PreschoolWardCode,
               d.father_name AS FatherName, d.father_birth_year AS FatherBirthYear, d.father_phone AS FatherPhone,
               d.mother_name AS MotherName, d.mother_birth_year AS MotherBirthYear, d.mother_phone AS MotherPhone,
               d.guardian_name AS GuardianName, d.guardian_phone AS GuardianPhone, d.warnings,
               d.data_version AS DataVersion, d.status, d.status_changed_at AS StatusChangedAt,
               d.created_at AS CreatedAt, d.updated_at AS UpdatedAt,
               c.confirmed_at AS ConfirmedAt, c.receipt_code AS ReceiptCode,
               lookups.last_at AS LastLookupAt, lookups.wrong_birth_dates AS WrongBirthDateCount
        FROM dossiers d
        JOIN wards w ON w.code = d.ward_code
        LEFT JOIN preschools p ON p.code = d.preschool_code
        LEFT JOIN confirmations c ON c.dossier_id = d.id AND c.data_version = d.data_version
        LEFT JOIN LATERAL (
            SELECT max(a.at) AS last_at, count(*) FILTER (WHERE a.outcome = 'wrong_birth_date') AS wrong_birth_dates
            FROM lookup_audit a
            WHERE a.dossier_id = d.id
        ) AS lookups ON true
        WHERE d.id = @Id
        """;

    private const string ListHistorySql = """
        SELECT at, actor, from_status AS FromStatus, to_status AS ToStatus, data_version AS DataVersion, reason
        FROM dossier_history
        WHERE dossier_id = @Id
        ORDER BY at, id
        """;

    public async Task<StaffDossier?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StaffDossier>(new CommandDefinition(FindSql, new { Id = id }, cancellationToken: cancellationToken));
    }

    /// <summary>Lists the dossier's status transitions, oldest first.</summary>
    public async Task<IReadOnlyList<DossierHistoryEntry>> ListHistoryAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var entries = await connection.QueryAsync<DossierHistoryEntry>(new CommandDefinition(ListHistorySql, new { Id = id }, cancellationToken: cancellationToken));
        return entries.AsList();
    }
}
