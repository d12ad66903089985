using Admissions.Domain.Reporting;
using Dapper;
using Npgsql;

namespace Admissions.Data.Reporting;

/// <summary>
/// Confirmation rates of schools, wards and the city, read from the count tables that the triggers of
/// <c>dossiers</c> and <c>confirmations</c> keep current. No method here scans dossiers.
/// </summary>
public sealed class ReportingRepository(NpgsqlDataSource dataSource)
{
    private const string FindPreschoolSql = """
        SELECT p.code, p.name, p.ward_code AS WardCode, w.name AS WardName
        FROM preschools p
        JOIN wards w ON w.code = p.ward_code
        WHERE p.code = @Code
        """;

    private const string FindWardSql = "SELECT code, name FROM wards WHERE code = @Code";

    private const string SchoolCountsSql = "SELECT " + ReportQueries.CountColumns + " FROM preschool_status_totals t WHERE t.preschool_code = @Code";

    private const string WardCountsSql = "SELECT " + ReportQueries.CountColumns + " FROM ward_status_totals t WHERE t.ward_code = @Code";

    private const string CityCountsSql = "SELECT " + ReportQueries.CountSums + " FROM ward_status_totals t";

    // A school that refresh_preschools() has not seen yet has no name or location, so it ranks under its code.
    private const string ListSchoolsSql = """
        SELECT row_number() OVER ranking AS Rank, t.preschool_code AS Code, coalesce(p.name, t.preschool_code) AS Name,
               p.ward_code AS WardCode, w.name AS WardName, count(*) OVER () AS TotalRows,
        """ + ReportQueries.CountColumns + """

        FROM preschool_status_totals t
        LEFT JOIN preschools p ON p.code = t.preschool_code
        LEFT JOIN wards w ON w.code = p.ward_code
        WHERE t.total > 0
        WINDOW ranking AS (ORDER BY (t.confirmed + t.accepted_at_deadline)::numeric / t.total DESC,
                           coalesce(p.name, t.preschool_code) COLLATE vi_vn, t.preschool_code)
        ORDER BY Rank
        LIMIT @Limit OFFSET @Offset
        """;

    private const string ListSchoolsInWardSql = """
        SELECT row_number() OVER ranking AS Rank, p.code, p.name, p.ward_code AS WardCode, w.name AS WardName, 0::bigint AS TotalRows,
        """ + ReportQueries.CountColumns + """

        FROM preschools p
        JOIN wards w ON w.code = p.ward_code
        JOIN preschool_status_totals t ON t.preschool_code = p.code
        WHERE p.ward_code = @WardCode AND t.total > 0
        WINDOW ranking AS (ORDER BY (t.confirmed + t.accepted_at_deadline)::numeric / t.total DESC, p.name COLLATE vi_vn, p.code)
        ORDER BY Rank
        """;

    private const string ListWardsSql = """
        SELECT row_number() OVER ranking AS Rank, w.code, w.name,
        """ + ReportQueries.CountColumns + """

        FROM ward_status_totals t
        JOIN wards w ON w.code = t.ward_code
        WHERE t.total > 0
        WINDOW ranking AS (ORDER BY (t.confirmed + t.accepted_at_deadline)::numeric / t.total DESC, w.name COLLATE vi_vn, w.code)
        ORDER BY Rank
        """;

    private const string SchoolProgressSql = """
        SELECT day, first_confirmations::bigint AS FirstConfirmations
        FROM preschool_daily_confirmations
        WHERE preschool_code = @Code
        ORDER BY day
        """;

    private const string WardProgressSql = """
        SELECT day, first_confirmations::bigint AS FirstConfirmations
        FROM ward_daily_confirmations
        WHERE ward_code = @Code
        ORDER BY day
        """;

    private const string CityProgressSql = """
        SELECT day, sum(first_confirmations)::bigint AS FirstConfirmations
        FROM ward_daily_confirmations
        GROUP BY day
        ORDER BY day
        """;

    /// <summary>Returns the preschool with its name and location, or null when <c>refresh_preschools()</c> has not stored it.</summary>
    public async Task<Preschool?> FindPreschoolAsync(string code, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Preschool>(
            new CommandDefinition(FindPreschoolSql, new { Code = code }, cancellationToken: cancellationToken));
    }

    public async Task<Ward?> FindWardAsync(string code, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Ward>(
            new CommandDefinition(FindWardSql, new { Code = code }, cancellationToken: cancellationToken));
    }

    /// <summary>Counts the dossiers of one preschool per status.</summary>
    public Task<StatusCounts> GetSchoolSummaryAsync(string preschoolCode, CancellationToken cancellationToken) =>
        QueryCountsAsync(SchoolCountsSql, new { Code = preschoolCode }, cancellationToken);

    /// <summary>Counts the dossiers of the children residing in one ward per status, whichever school they attend.</summary>
    public Task<StatusCounts> GetWardSummaryAsync(string wardCode, CancellationToken cancellationToken) =>
        QueryCountsAsync(WardCountsSql, new { Code = wardCode }, cancellationToken);

    public Task<StatusCounts> GetCitySummaryAsync(CancellationToken cancellationToken) =>
        QueryCountsAsync(CityCountsSql, null, cancellationToken);

    /// <summary>Ranks every school of the city by confirmation rate, one page at a time.</summary>
    public async Task<ListPage<SchoolRate>> ListSchoolsAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var offset = (long)(page - 1) * pageSize;
        var rows = await QuerySchoolsAsync(ListSchoolsSql, new { Limit = pageSize, Offset = offset }, cancellationToken);
        return new ListPage<SchoolRate>(rows.Select(row => row.Rate).ToList(), rows.Count == 0 ? 0 : rows[0].TotalRows, page, pageSize);
    }

    /// <summary>Ranks the schools located in one ward by confirmation rate.</summary>
    public async Task<IReadOnlyList<SchoolRate>> ListSchoolsInWardAsync(string wardCode, CancellationToken cancellationToken)
    {
        var rows = await QuerySchoolsAsync(ListSchoolsInWardSql, new { WardCode = wardCode }, cancellationToken);
        return rows.Select(row => row.Rate).ToList();
    }

    /// <summary>Ranks every ward with dossiers by the confirmation rate of the children residing there.</summary>
    public async Task<IReadOnlyList<WardRate>> ListWardsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<WardRate, StatusCounts, WardRate>(
            new CommandDefinition(ListWardsSql, cancellationToken: cancellationToken),
            (ward, counts) => ward with { Counts = counts },
            splitOn: ReportQueries.FirstCountColumn);
        return rows.AsList();
    }

    /// <summary>
    /// Returns the dossiers confirmed for the first time on each day that had any, in day order: of one school,
    /// of the children residing in one ward, or of the city.
    /// </summary>
    public async Task<IReadOnlyList<DailyConfirmations>> GetDailyProgressAsync(ReportArea area, CancellationToken cancellationToken)
    {
        var sql = area.Kind switch
        {
            ReportAreaKind.School => SchoolProgressSql,
            ReportAreaKind.Ward => WardProgressSql,
            _ => CityProgressSql,
        };

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ProgressRow>(new CommandDefinition(sql, new { area.Code }, cancellationToken: cancellationToken));
        return rows.Select(row => new DailyConfirmations(DateOnly.FromDateTime(row.Day), row.FirstConfirmations)).ToList();
    }

    private async Task<StatusCounts> QueryCountsAsync(string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StatusCounts>(
            new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)) ?? StatusCounts.Empty;
    }

    private async Task<List<RankedSchoolRow>> QuerySchoolsAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<SchoolRate, long, StatusCounts, RankedSchoolRow>(
            new CommandDefinition(sql, parameters, cancellationToken: cancellationToken),
            (school, totalRows, counts) => new RankedSchoolRow(school with { Counts = counts }, totalRows),
            splitOn: "TotalRows," + ReportQueries.FirstCountColumn);
        return rows.AsList();
    }

    private sealed record RankedSchoolRow(SchoolRate Rate, long TotalRows);

    private sealed record ProgressRow
    {
        public DateTime Day { get; init; }

        public long FirstConfirmations { get; init; }
    }
}
