using Admissions.Domain.Dossiers;
using Admissions.Domain.Slips;
using Dapper;
using Npgsql;

namespace Admissions.Data.Dossiers;

/// <summary>Reads dossiers and records the parent's actions on them in PostgreSQL.</summary>
public sealed class DossierRepository(NpgsqlDataSource dataSource)
{
    private const string FindByNationalIdSql = DossierQueries.SnapshotSelect + " WHERE d.national_id = @NationalId";

    private const string FindByIdSql = DossierQueries.SnapshotSelect + " WHERE d.id = @Id";

    // The status moves only from not_looked_up, so concurrent first lookups write one history row.
    private const string MarkLookedUpSql = """
        WITH moved AS (
            UPDATE dossiers SET status = 'looked_up', status_changed_at = now()
            WHERE id = @Id AND status = 'not_looked_up'
            RETURNING id, data_version
        )
        INSERT INTO dossier_history (dossier_id, actor, from_status, to_status, data_version)
        SELECT id, 'parent', 'not_looked_up', 'looked_up', data_version FROM moved
        """;

    private const string LockDossierSql = """
        SELECT data_version AS DataVersion, status AS Status FROM dossiers WHERE id = @Id FOR UPDATE
        """;

    private const string FindConfirmationSql = """
        SELECT id AS ConfirmationId, confirmed_at AS ConfirmedAt, receipt_code AS ReceiptCode
        FROM confirmations WHERE dossier_id = @Id AND data_version = @DataVersion
        """;

    private const string InsertConfirmationSql = """
        INSERT INTO confirmations (dossier_id, data_version, receipt_code)
        VALUES (@Id, @DataVersion, @ReceiptCode)
        ON CONFLICT (dossier_id, data_version) DO NOTHING
        RETURNING id AS ConfirmationId, confirmed_at AS ConfirmedAt, receipt_code AS ReceiptCode
        """;

    private const string MarkConfirmedSql = """
        UPDATE dossiers SET status = 'confirmed', status_changed_at = now() WHERE id = @Id;
        INSERT INTO dossier_history (dossier_id, actor, from_status, to_status, data_version)
        VALUES (@Id, 'parent', @FromStatus, 'confirmed', @DataVersion);
        """;

    private const string FindSlipSql = """
        SELECT c.id AS ConfirmationId, c.dossier_id AS DossierId, c.confirmed_at AS ConfirmedAt,
               c.receipt_code AS ReceiptCode, c.data_version AS ConfirmedDataVersion,
               d.data_version AS CurrentDataVersion, d.full_name AS FullName, d.status
        FROM confirmations c
        JOIN dossiers d ON d.id = c.dossier_id
        WHERE c.id = @ConfirmationId
        """;

    public async Task<DossierSnapshot?> FindByNationalIdAsync(string nationalId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DossierSnapshot>(
            new CommandDefinition(FindByNationalIdSql, new { NationalId = nationalId }, cancellationToken: cancellationToken));
    }

    public async Task<DossierSnapshot?> FindByIdAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DossierSnapshot>(
            new CommandDefinition(FindByIdSql, new { Id = id }, cancellationToken: cancellationToken));
    }

    /// <summary>Moves a dossier from not_looked_up to looked_up; returns whether this call moved it.</summary>
    public async Task<bool> MarkLookedUpAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.ExecuteAsync(new CommandDefinition(MarkLookedUpSql, new { Id = id }, cancellationToken: cancellationToken));
        return rows > 0;
    }

    /// <summary>
    /// Confirms the data version the parent saw. The dossier row is locked for the transaction, and the unique
    /// constraint on (dossier_id, data_version) backs it, so racing requests on any instance store one confirmation
    /// and all of them return it.
    /// </summary>
    public async Task<ConfirmationOutcome> ConfirmAsync(long id, int seenDataVersion, int schoolYearStart, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var dossier = await connection.QuerySingleOrDefaultAsync<LockedDossier>(
            new CommandDefinition(LockDossierSql, new { Id = id }, transaction, cancellationToken: cancellationToken));
        if (dossier is null)
        {
            return new ConfirmationOutcome(ConfirmationResultKind.NotFound);
        }

        var (dataVersion, status) = (dossier.DataVersion, dossier.Status);
        if (dataVersion != seenDataVersion)
        {
            return new ConfirmationOutcome(ConfirmationResultKind.VersionChanged);
        }

        var existing = await connection.QuerySingleOrDefaultAsync<StoredConfirmation>(
            new CommandDefinition(FindConfirmationSql, new { Id = id, DataVersion = dataVersion }, transaction, cancellationToken: cancellationToken));
        if (existing is not null)
        {
            return new ConfirmationOutcome(ConfirmationResultKind.AlreadyConfirmed, existing.ConfirmationId, existing.ConfirmedAt, existing.ReceiptCode);
        }

        if (!DossierStatusNames.FromDb(status).CanConfirm())
        {
            return new ConfirmationOutcome(ConfirmationResultKind.NotAllowed);
        }

        var inserted = await connection.QuerySingleOrDefaultAsync<StoredConfirmation>(new CommandDefinition(
            InsertConfirmationSql,
            new { Id = id, DataVersion = dataVersion, ReceiptCode = ReceiptCode.New(schoolYearStart) },
            transaction,
            cancellationToken: cancellationToken));
        if (inserted is null)
        {
            // The row lock makes this unreachable; if it ever happens the constraint decided, so return the stored row.
            await transaction.RollbackAsync(cancellationToken);
            var winner = await connection.QuerySingleAsync<StoredConfirmation>(
                new CommandDefinition(FindConfirmationSql, new { Id = id, DataVersion = dataVersion }, cancellationToken: cancellationToken));
            return new ConfirmationOutcome(ConfirmationResultKind.AlreadyConfirmed, winner.ConfirmationId, winner.ConfirmedAt, winner.ReceiptCode);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            MarkConfirmedSql,
            new { Id = id, FromStatus = status, DataVersion = dataVersion },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);

        return new ConfirmationOutcome(ConfirmationResultKind.Confirmed, inserted.ConfirmationId, inserted.ConfirmedAt, inserted.ReceiptCode);
    }

    public async Task<SlipRecord?> FindSlipAsync(long confirmationId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<SlipRecord>(
            new CommandDefinition(FindSlipSql, new { ConfirmationId = confirmationId }, cancellationToken: cancellationToken));
    }

    private sealed record LockedDossier
    {
        public int DataVersion { get; init; }

        public string Status { get; init; } = "";
    }

    private sealed record StoredConfirmation
    {
        public long ConfirmationId { get; init; }

        public DateTime ConfirmedAt { get; init; }

        public string ReceiptCode { get; init; } = "";
    }
}
