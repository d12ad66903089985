using System.Runtime.CompilerServices;
using Admissions.Domain.Dossiers;
using Admissions.Domain.Identity;
using Dapper;
using Npgsql;

namespace Admissions.Data.Reporting;

/// <summary>
/// The families of one school still to remind, filtered by class and status, sorted by class and name in
/// Vietnamese collation. The lookup figures come from <c>lookup_audit</c> for the rows of the page only.
/// </summary>
public sealed class ChaseListRepository(NpgsqlDataSource dataSource)
{
    // The inner query numbers and cuts the page through dossiers_preschool_status_class_idx. The lateral join then
    // reads lookup_audit through lookup_audit_dossier_idx for the rows of the page only.
    private const string ListPageSql = """
        SELECT page.row_number AS RowNumber, page.id AS DossierId, page.national_id AS NationalId, page.full_name AS FullName,
               page.birth_date AS BirthDate, page.preschool_class AS PreschoolClass, page.father_phone AS FatherPhone,
               page.mother_phone AS MotherPhone, page.guardian_phone AS GuardianPhone, page.status,
               lookups.last_at AS LastLookupAt, lookups.wrong_birth_dates AS WrongBirthDateCount
        FROM (
            SELECT d.id, d.national_id, d.full_name, d.birth_date, d.preschool_class, d.father_phone, d.mother_phone,
                   d.guardian_phone, d.status,
                   row_number() OVER (ORDER BY d.preschool_class COLLATE vi_vn NULLS LAST, d.full_name COLLATE vi_vn, d.id) AS row_number
            FROM dossiers d
            WHERE d.preschool_code = @SchoolCode
              AND d.status = ANY(@Statuses)
              AND (@PreschoolClass::text IS NULL OR d.preschool_class = @PreschoolClass)
            ORDER BY row_number
            LIMIT @Limit OFFSET @Offset
        ) AS page
        LEFT JOIN LATERAL (
            SELECT max(a.at) AS last_at, count(*) FILTER (WHERE a.outcome = 'wrong_birth_date') AS wrong_birth_dates
            FROM lookup_audit a
            WHERE a.dossier_id = page.id
        ) AS lookups ON true
        ORDER BY page.row_number
        """;

    private const string CountSql = """
        SELECT count(*)
        FROM dossiers d
        WHERE d.preschool_code = @SchoolCode
          AND d.status = ANY(@Statuses)
          AND (@PreschoolClass::text IS NULL OR d.preschool_class = @PreschoolClass)
        """;

    private const string ListClassesSql = """
        SELECT preschool_class
        FROM dossiers
        WHERE preschool_code = @SchoolCode AND preschool_class IS NOT NULL
        GROUP BY preschool_class
        ORDER BY preschool_class COLLATE vi_vn
        """;

    /// <summary>Returns one page of the school's families to chase and the number of rows in the whole list.</summary>
    public async Task<ListPage<FamilyToChase>> ListFamiliesToChaseAsync(
        string schoolCode, ChaseFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var parameters = Parameters(schoolCode, filter, pageSize, (long)(page - 1) * pageSize);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var totalRows = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSql, parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<ChaseRow>(new CommandDefinition(ListPageSql, parameters, cancellationToken: cancellationToken));

        return new ListPage<FamilyToChase>(rows.Select(ToFamily).ToList(), totalRows, page, pageSize);
    }

    /// <summary>Streams the school's whole filtered list in page order, for an export.</summary>
    public async IAsyncEnumerable<FamilyToChase> StreamFamiliesToChaseAsync(
        string schoolCode, ChaseFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var parameters = Parameters(schoolCode, filter, int.MaxValue, 0);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = connection.QueryUnbufferedAsync<ChaseRow>(ListPageSql, parameters);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return ToFamily(row);
        }
    }

    /// <summary>Lists the classes of one school in Vietnamese collation, for the class filter.</summary>
    public async Task<IReadOnlyList<string>> ListClassesAsync(string schoolCode, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var classes = await connection.QueryAsync<string>(new CommandDefinition(ListClassesSql, new { SchoolCode = schoolCode }, cancellationToken: cancellationToken));
        return classes.AsList();
    }

    private static object Parameters(string schoolCode, ChaseFilter filter, int limit, long offset) => new
    {
        SchoolCode = schoolCode,
        Statuses = filter.Statuses.Select(status => status.ToDb()).ToArray(),
        filter.PreschoolClass,
        Limit = limit,
        Offset = offset,
    };

    private static FamilyToChase ToFamily(ChaseRow row) => new()
    {
        RowNumber = row.RowNumber,
        DossierId = row.DossierId,
        MaskedNationalId = PersonalId.FromCanonical(row.NationalId).Masked(),
        FullName = row.FullName,
        BirthDate = DateOnly.FromDateTime(row.BirthDate),
        PreschoolClass = row.PreschoolClass,
        FatherPhone = row.FatherPhone,
        MotherPhone = row.MotherPhone,
        GuardianPhone = row.GuardianPhone,
        Status = DossierStatusNames.FromDb(row.Status),
        LastLookupAt = row.LastLookupAt,
        WrongBirthDateCount = row.WrongBirthDateCount,
    };

    /// <summary>A row as read from PostgreSQL. The raw personal ID in it never leaves this class.</summary>
    private sealed record ChaseRow
    {
        public long RowNumber { get; init; }

        public long DossierId { get; init; }

        public string NationalId { get; init; } = "";

        public string FullName { get; init; } = "";

        public DateTime BirthDate { get; init; }

        public string? PreschoolClass { get; init; }

        public string? FatherPhone { get; init; }

        public string? MotherPhone { get; init; }

        public string? GuardianPhone { get; init; }

        public string Status { get; init; } = "";

        public DateTime? LastLookupAt { get; init; }

        public long WrongBirthDateCount { get; init; }
    }
}
