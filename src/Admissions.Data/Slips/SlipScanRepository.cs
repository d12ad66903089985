using Dapper;
using Npgsql;

namespace Admissions.Data.Slips;

/// <summary>Where a dossier belongs: the codes that decide which staff accounts cover it.</summary>
public sealed record DossierPlacement
{
    public required string PreschoolCode { get; init; }

    /// <summary>The ward where the child resides.</summary>
    public required string WardCode { get; init; }

    /// <summary>The ward where the preschool is located; null until <c>refresh_preschools()</c> has stored the school.</summary>
    public string? PreschoolWardCode { get; init; }
}

/// <summary>Reads what the verification page needs to decide whether a signed-in staff member may see a slip's dossier.</summary>
public sealed class SlipScanRepository(NpgsqlDataSource dataSource)
{
    private const string FindPlacementSql = """
        SELECT d.preschool_code AS PreschoolCode, d.ward_code AS WardCode, p.ward_code AS PreschoolWardCode
        FROM dossiers d
        LEFT JOIN preschools p ON p.code = d.preschool_code
        WHERE d.id = @Id
        """;

    public async Task<DossierPlacement?> FindPlacementAsync(long dossierId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DossierPlacement>(
            new CommandDefinition(FindPlacementSql, new { Id = dossierId }, cancellationToken: cancellationToken));
    }
}
