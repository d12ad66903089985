using Dapper;
using Npgsql;

namespace Admissions.Data.Lookup;

/// <summary>Outcome of one lookup attempt, as stored in <c>lookup_audit.outcome</c>.</summary>
public enum LookupOutcome
{
    Found,
    NotFound,
    WrongBirthDate,
    Locked,
}

/// <summary>
/// The lookup audit trail and the per-ID lockout built on it. Rows hold keyed hashes of the ID and the client
/// address, never the raw values.
/// </summary>
public sealed class LookupAuditRepository(NpgsqlDataSource dataSource)
{
    private const string FindLockSql = """
        SELECT locked_until FROM lookup_lockouts WHERE id_hash = @IdHash AND locked_until > now()
        """;

    private const string RecordSql = """
        INSERT INTO lookup_audit (dossier_id, id_hash, client_hash, outcome)
        VALUES (@DossierId, @IdHash, @ClientHash, @Outcome)
        """;

    // The failure being recorded is not visible to the count in the same statement, hence the + 1.
    private const string RecordFailureSql = """
        WITH audit AS (
            INSERT INTO lookup_audit (dossier_id, id_hash, client_hash, outcome)
            VALUES (@DossierId, @IdHash, @ClientHash, @Outcome)
        ), recent AS (
            SELECT count(*) + 1 AS failures
            FROM lookup_audit
            WHERE id_hash = @IdHash AND outcome IN ('not_found', 'wrong_birth_date') AND at > now() - @Window
        )
        INSERT INTO lookup_lockouts (id_hash, locked_until)
        SELECT @IdHash, now() + @Window FROM recent WHERE failures >= @MaxFailures
        ON CONFLICT (id_hash) DO UPDATE SET locked_until = excluded.locked_until
        RETURNING locked_until
        """;

    /// <summary>Returns the end of the ID's lockout (UTC), or null when it may be looked up.</summary>
    public async Task<DateTime?> FindLockAsync(byte[] idHash, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DateTime?>(
            new CommandDefinition(FindLockSql, new { IdHash = idHash }, cancellationToken: cancellationToken));
    }

    public async Task RecordAsync(LookupOutcome outcome, long? dossierId, byte[] idHash, byte[] clientHash, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            RecordSql,
            new { DossierId = dossierId, IdHash = idHash, ClientHash = clientHash, Outcome = ToDb(outcome) },
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Records a failed attempt and locks the ID when it reaches <paramref name="maxFailures"/> failures within
    /// <paramref name="window"/>; returns the end of the lockout (UTC) when this attempt started one.
    /// </summary>
    public async Task<DateTime?> RecordFailureAsync(
        LookupOutcome outcome, long? dossierId, byte[] idHash, byte[] clientHash, int maxFailures, TimeSpan window, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DateTime?>(new CommandDefinition(
            RecordFailureSql,
            new { DossierId = dossierId, IdHash = idHash, ClientHash = clientHash, Outcome = ToDb(outcome), Window = window, MaxFailures = maxFailures },
            cancellationToken: cancellationToken));
    }

    internal static string ToDb(LookupOutcome outcome) => outcome switch
    {
        LookupOutcome.Found => "found",
        LookupOutcome.NotFound => "not_found",
        LookupOutcome.WrongBirthDate => "wrong_birth_date",
        LookupOutcome.Locked => "locked",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
