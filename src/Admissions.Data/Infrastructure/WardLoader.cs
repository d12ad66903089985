using Dapper;
using Npgsql;
using Microsoft.Extensions.Logging;

namespace Admissions.Data.Infrastructure;

/// <summary>Loads the city's wards and communes from the reference CSV into the <c>wards</c> table.</summary>
public static class WardLoader
{
    private const string UpsertSql = """
        INSERT INTO wards (code, name, kind)
        SELECT * FROM unnest(@Codes, @Names, @Kinds)
        ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind
        """;

    public static async Task LoadAsync(NpgsqlDataSource dataSource, string wardsCsvPath, ILogger logger, CancellationToken cancellationToken = default)
    {
        var lines = await File.ReadAllLinesAsync(wardsCsvPath, cancellationToken);
        var rows = lines
            .Skip(1)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => line.Split(','))
            .Select(cells => (Code: cells[0].Trim(), Name: cells[1].Trim().Normalize(), Kind: cells[2].Trim()))
            .ToList();

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            UpsertSql,
            new
            {
                Codes = rows.Select(r => r.Code).ToArray(),
                Names = rows.Select(r => r.Name).ToArray(),
                Kinds = rows.Select(r => r.Kind).ToArray(),
            },
            cancellationToken: cancellationToken));

        DataLog.WardsLoaded(logger, rows.Count);
    }
}
