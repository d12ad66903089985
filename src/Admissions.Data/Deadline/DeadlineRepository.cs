using Admissions.Domain.Dossiers;
using Dapper;
using Npgsql;

namespace Admissions.Data.Deadline;

/// <summary>What closing the confirmation window changed.</summary>
/// <param name="MovedByStatus">Dossiers moved to accepted_at_deadline, by the status they had before.</param>
/// <param name="MovedNationalIds">Personal IDs of the moved dossiers, to drop their cache entries.</param>
/// <param name="CorrectionRequestsLeft">Dossiers left in correction_requested for the school or ward to decide.</param>
public sealed record DeadlineOutcome(
    IReadOnlyDictionary<DossierStatus, int> MovedByStatus,
    IReadOnlyList<string> MovedNationalIds,
    int CorrectionRequestsLeft)
{
    public int MovedTotal => MovedByStatus.Values.Sum();
}

/// <summary>Closes the confirmation window: the dossiers that parents neither confirmed nor contested are accepted as they are.</summary>
public sealed class DeadlineRepository(NpgsqlDataSource dataSource)
{
    /// <summary>The statuses that the deadline moves to accepted_at_deadline.</summary>
    public static IReadOnlyList<DossierStatus> StatusesMoved { get; } =
        [DossierStatus.NotLookedUp, DossierStatus.LookedUp, DossierStatus.ChangedAwaitingConfirmation];

    // Rows are locked in id order. Under READ COMMITTED, FOR UPDATE re-checks the status of a row that a concurrent
    // confirmation changed, so a dossier confirmed just before the lock is left confirmed.
    private const string MoveSql = """
        WITH candidates AS (
            SELECT id, status
            FROM dossiers
            WHERE status = ANY(@Statuses)
            ORDER BY id
            FOR UPDATE
        ),
        moved AS (
            UPDATE dossiers d
            SET status = 'accepted_at_deadline', status_changed_at = @At
            FROM candidates c
            WHERE d.id = c.id
            RETURNING d.id, c.status AS from_status, d.data_version, d.national_id
        ),
        history AS (
            INSERT INTO dossier_history (dossier_id, at, actor, from_status, to_status, data_version, reason)
            SELECT id, @At, 'deadline', from_status, 'accepted_at_deadline', data_version, @Reason
            FROM moved
        )
        SELECT from_status AS FromStatus, national_id AS NationalId FROM moved
        """;

    private const string CountCorrectionRequestsSql = "SELECT count(*) FROM dossiers WHERE status = 'correction_requested'";

    /// <summary>
    /// Moves every dossier in <see cref="StatusesMoved"/> to accepted_at_deadline with one history row each
    /// (actor <c>deadline</c>), in one transaction and with set-based statements. Dossiers in correction_requested
    /// stay as they are. Running it again moves only dossiers that reached those statuses since.
    /// </summary>
    /// <param name="at">The instant recorded as the status change.</param>
    /// <param name="reason">The history reason, in Vietnamese.</param>
    public async Task<DeadlineOutcome> CloseConfirmationAsync(DateTimeOffset at, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var parameters = new
        {
            Statuses = StatusesMoved.Select(status => status.ToDb()).ToArray(),
            At = at.UtcDateTime,
            Reason = reason,
        };
        var moved = (await connection.QueryAsync<MovedDossier>(
            new CommandDefinition(MoveSql, parameters, transaction, commandTimeout: 600, cancellationToken: cancellationToken))).AsList();
        var correctionRequests = await connection.ExecuteScalarAsync<int>(
            new CommandDefinition(CountCorrectionRequestsSql, transaction: transaction, cancellationToken: cancellationToken));

        await transaction.CommitAsync(cancellationToken);

        var byStatus = StatusesMoved.ToDictionary(status => status, _ => 0);
        foreach (var dossier in moved)
        {
            byStatus[DossierStatusNames.FromDb(dossier.FromStatus)]++;
        }

        return new DeadlineOutcome(byStatus, moved.Select(dossier => dossier.NationalId).ToList(), correctionRequests);
    }

    private sealed record MovedDossier
    {
        public string FromStatus { get; init; } = "";

        public string NationalId { get; init; } = "";
    }
}
