using Admissions.Data.Infrastructure;
using Admissions.Domain.Security;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Admissions.Cli.Demo;

/// <summary>
/// The lookup audit of the simulated activity: one successful lookup per dossier that a parent opened, and one to
/// three wrong birth dates before it for the dossiers that the plan marks. The rows carry the keyed hashes that the
/// site itself would store, so staff pages count them like real attempts.
/// </summary>
internal static class DemoActivityLookups
{
    private const string ReadPlanSql = """
        SELECT id, national_id AS NationalId, looked_up_at AS LookedUpAt, event_at AS EventAt,
               lookup_draw < 5 AS Mistyped, wrong_birth_dates AS WrongBirthDates
        FROM demo_plan
        WHERE looked_up_at IS NOT NULL OR lookup_draw < 5
        ORDER BY id
        """;

    private const string CopySql = "COPY lookup_audit (at, dossier_id, id_hash, client_hash, outcome) FROM STDIN (FORMAT BINARY)";

    /// <summary>Invented client addresses from the documentation ranges 198.51.100.0/24 and 203.0.113.0/24.</summary>
    private const int ClientAddressCount = 512;

    /// <summary>Writes the rows with binary COPY on the caller's connection and transaction; returns how many.</summary>
    public static async Task<int> InsertAsync(CliContext context, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var key = SecretStore.GetOrCreate(context.DataSource, "lookup_hash_key", context.Configuration["Security:LookupHashKey"]);
        var hasher = new KeyedHasher(key);
        var clientHashes = Enumerable.Range(0, ClientAddressCount)
            .Select(n => hasher.Hash(n < 256 ? $"198.51.100.{n}" : $"203.0.113.{n - 256}"))
            .ToArray();

        var plan = await connection.QueryAsync<PlannedLookup>(new CommandDefinition(ReadPlanSql, cancellationToken: cancellationToken));
        var rows = 0;
        await using (var writer = await connection.BeginBinaryImportAsync(CopySql, cancellationToken))
        {
            foreach (var dossier in plan)
            {
                var idHash = hasher.Hash(dossier.NationalId);
                var clientHash = clientHashes[dossier.Id % ClientAddressCount];
                var successAt = dossier.LookedUpAt ?? dossier.EventAt;
                if (dossier.Mistyped)
                {
                    for (var attempt = dossier.WrongBirthDates; attempt >= 1; attempt--)
                    {
                        await WriteRowAsync(writer, successAt.AddMinutes(-2 * attempt), dossier.Id, idHash, clientHash, "wrong_birth_date", cancellationToken);
                        rows++;
                    }
                }

                if (dossier.LookedUpAt is { } lookedUpAt)
                {
                    await WriteRowAsync(writer, lookedUpAt, dossier.Id, idHash, clientHash, "found", cancellationToken);
                    rows++;
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }

        return rows;
    }

    private static async Task WriteRowAsync(
        NpgsqlBinaryImporter writer, DateTime at, long dossierId, byte[] idHash, byte[] clientHash, string outcome, CancellationToken cancellationToken)
    {
        await writer.StartRowAsync(cancellationToken);
        await writer.WriteAsync(DateTime.SpecifyKind(at, DateTimeKind.Utc), NpgsqlDbType.TimestampTz, cancellationToken);
        await writer.WriteAsync(dossierId, NpgsqlDbType.Bigint, cancellationToken);
        await writer.WriteAsync(idHash, NpgsqlDbType.Bytea, cancellationToken);
        await writer.WriteAsync(clientHash, NpgsqlDbType.Bytea, cancellationToken);
        await writer.WriteAsync(outcome, NpgsqlDbType.Text, cancellationToken);
    }

    private sealed record PlannedLookup
    {
        public long Id { get; init; }

        public string NationalId { get; init; } = "";

        /// <summary>UTC.</summary>
        public DateTime? LookedUpAt { get; init; }

        /// <summary>UTC.</summary>
        public DateTime EventAt { get; init; }

        public bool Mistyped { get; init; }

        public int WrongBirthDates { get; init; }
    }
}
