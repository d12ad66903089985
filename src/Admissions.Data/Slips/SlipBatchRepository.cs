using Admissions.Data.Dossiers;
using Admissions.Domain.Dossiers;
using Admissions.Domain.Staff;
using Dapper;
using Npgsql;

namespace Admissions.Data.Slips;

/// <summary>Reads the preschools, classes and confirmed dossiers behind the staff's batch printing of slips.</summary>
public sealed class SlipBatchRepository(NpgsqlDataSource dataSource)
{
    // A ward account prints for the schools located in its ward, as refresh_preschools() placed them.
    private const string ListSchoolsSql = """
        SELECT p.code, p.name, p.ward_code AS WardCode
        FROM preschools p
        WHERE @Role = 'department'
           OR (@Role = 'ward' AND p.ward_code = @Code)
           OR (@Role = 'school' AND p.code = @Code)
        ORDER BY p.name COLLATE vi_vn, p.code
        """;

    // Reads the name from a dossier, so that a school that refresh_preschools() has not stored yet is still found.
    private const string FindSchoolSql = """
        SELECT d.preschool_code AS Code, d.preschool_name AS Name, p.ward_code AS WardCode
        FROM dossiers d
        LEFT JOIN preschools p ON p.code = d.preschool_code
        WHERE d.preschool_code = @Code
        LIMIT 1
        """;

    private const string ListClassesSql = """
        SELECT DISTINCT preschool_class COLLATE vi_vn AS preschool_class
        FROM dossiers
        WHERE preschool_code = @Code AND preschool_class IS NOT NULL
        ORDER BY 1
        """;

    private const string MatchingDossiers = """
        WHERE d.preschool_code = @SchoolCode
          AND (@ClassName::text IS NULL OR d.preschool_class = @ClassName)
          AND (@Status::text IS NULL OR d.status = @Status)
        """;

    private const string CountSlipsSql = """
        SELECT count(*)
        FROM dossiers d
        JOIN confirmations c ON c.dossier_id = d.id AND c.data_version = d.data_version
        """ + "\n" + MatchingDossiers;

    // Slips come in class order, then in the Vietnamese order of the child's name, as a class list would.
    private const string ListSlipsSql = DossierQueries.SnapshotSelect + "\n" + MatchingDossiers + """

          AND c.id IS NOT NULL
        ORDER BY d.preschool_class COLLATE vi_vn NULLS LAST, d.full_name COLLATE vi_vn, d.id
        LIMIT @Limit OFFSET @Offset
        """;

    /// <summary>Lists the preschools that <paramref name="scope"/> covers, in the Vietnamese order of their names.</summary>
    public async Task<IReadOnlyList<SlipSchool>> ListSchoolsAsync(StaffScope scope, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var schools = await connection.QueryAsync<SlipSchool>(new CommandDefinition(
            ListSchoolsSql,
            new { Role = StaffScope.RoleToDb(scope.Role), Code = scope.Code ?? "" },
            cancellationToken: cancellationToken));
        return schools.AsList();
    }

    /// <summary>Finds a preschool by its code among the dossiers; null when no dossier names that code.</summary>
    public async Task<SlipSchool?> FindSchoolAsync(string code, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<SlipSchool>(
            new CommandDefinition(FindSchoolSql, new { Code = code }, cancellationToken: cancellationToken));
    }

    /// <summary>Lists the classes named in the preschool's dossiers, in Vietnamese order.</summary>
    public async Task<IReadOnlyList<string>> ListClassesAsync(string schoolCode, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var classes = await connection.QueryAsync<string>(
            new CommandDefinition(ListClassesSql, new { Code = schoolCode }, cancellationToken: cancellationToken));
        return classes.AsList();
    }

    /// <summary>Counts the dossiers that match the filter and whose current data has a confirmation.</summary>
    public async Task<int> CountSlipsAsync(SlipBatchFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(
            new CommandDefinition(CountSlipsSql, Parameters(filter, 0, 0), cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Reads one page of the dossiers that match the filter and whose current data has a confirmation, ordered by
    /// class and name.
    /// </summary>
    public async Task<IReadOnlyList<DossierSnapshot>> ListSlipsAsync(SlipBatchFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var dossiers = await connection.QueryAsync<DossierSnapshot>(
            new CommandDefinition(ListSlipsSql, Parameters(filter, offset, limit), cancellationToken: cancellationToken));
        return dossiers.AsList();
    }

    private static object Parameters(SlipBatchFilter filter, int offset, int limit) => new
    {
        filter.SchoolCode,
        filter.ClassName,
        Status = filter.Status?.ToDb(),
        Offset = offset,
        Limit = limit,
    };
}
