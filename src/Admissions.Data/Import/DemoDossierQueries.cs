using Dapper;
using Npgsql;

namespace Admissions.Data.Import;

/// <summary>An ID and birth date pair that a developer can type into the lookup form of a local demo.</summary>
public sealed record DemoLookup(string NationalId, DateOnly BirthDate);

/// <summary>Queries behind <c>admissions demo load</c>.</summary>
public static class DemoDossierQueries
{
    private const string AnyDossierSql = "SELECT EXISTS (SELECT 1 FROM dossiers)";

    // Dossiers that a parent could still confirm come first, then the oldest rows, so the pairs are stable.
    private const string SampleLookupsSql = """
        SELECT national_id, birth_date
        FROM dossiers
        ORDER BY status = 'confirmed', id
        LIMIT $1
        """;

    public static async Task<bool> AnyDossierAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(AnyDossierSql, cancellationToken: cancellationToken));
    }

    public static async Task<IReadOnlyList<DemoLookup>> FindSampleLookupsAsync(NpgsqlDataSource dataSource, int count, CancellationToken cancellationToken = default)
    {
        // Read without Dapper, which does not map PostgreSQL date to DateOnly by itself.
        await using var command = dataSource.CreateCommand(SampleLookupsSql);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = count });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var lookups = new List<DemoLookup>(count);
        while (await reader.ReadAsync(cancellationToken))
        {
            lookups.Add(new DemoLookup(reader.GetString(0), reader.GetFieldValue<DateOnly>(1)));
        }

        return lookups;
    }
}
