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

    // A parent's first read of a dossier: moves it from not_looked_up to looked_up when the birth date matches, and
    // returns it, in one statement. The select reads the row as it was before the update.
    private const string LookUpSql = """
        WITH moved AS (
            UPDATE dossiers SET status = 'looked_up', status_changed_at = now()
            WHERE national_id = @NationalId AND birth_date = @BirthDate AND status = 'not_looked_up'
            RETURNING id, data_version
        ),
        history AS (
            INSERT INTO dossier_history (dossier_id, actor, from_status, to_status, data_version)
            SELECT id, 'parent', 'not_looked_up', 'looked_up', data_version FROM moved
        )
        """ + DossierQueries.SnapshotSelect + " WHERE d.national_id = @NationalId";

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

    // Confirms in one statement, so one round trip and one commit. It locks the dossier row and inserts a
    // confirmation only when the parent saw the current data version, none exists yet and the status allows it.
    // The status update and the history row follow in the same statement, so the counter triggers fire once.
    // The locked row is the last committed version, but the other reads use the statement's snapshot. A
    // confirmation committed while this statement waited for the lock is therefore not returned, and the caller
    // reads it with a new statement.
    private const string ConfirmSql = """
        WITH locked AS (
            SELECT id, data_version, status FROM dossiers WHERE id = @Id FOR UPDATE
        ),
        existing AS (
            SELECT c.id, c.confirmed_at, c.receipt_code
            FROM confirmations c JOIN locked l ON c.dossier_id = l.id AND c.data_version = l.data_version
        ),
        inserted AS (
            INSERT INTO confirmations (dossier_id, data_version, receipt_code)
            SELECT l.id, l.data_version, @ReceiptCode FROM locked l
            WHERE l.data_version = @DataVersion
              AND l.status = ANY (@ConfirmableStatuses)
              AND NOT EXISTS (SELECT 1 FROM existing)
            ON CONFLICT (dossier_id, data_version) DO NOTHING
            RETURNING id, confirmed_at, receipt_code, dossier_id
        ),
        moved AS (
            UPDATE dossiers d SET status = 'confirmed', status_changed_at = now()
            FROM inserted i WHERE d.id = i.dossier_id
        ),
        history AS (
            INSERT INTO dossier_history (dossier_id, actor, from_status, to_status, data_version)
            SELECT l.id, 'parent', l.status, 'confirmed', l.data_version FROM locked l JOIN inserted i ON i.dossier_id = l.id
        )
        SELECT l.data_version AS DataVersion,
               i.id AS InsertedId, i.confirmed_at AS InsertedAt, i.receipt_code AS InsertedReceiptCode,
               e.id AS ExistingId, e.confirmed_at AS ExistingAt, e.receipt_code AS ExistingReceiptCode
        FROM locked l
        LEFT JOIN inserted i ON true
        LEFT JOIN existing e ON true
        """;

    private const string FindConfirmationSql = """
        SELECT id AS ConfirmationId, confirmed_at AS ConfirmedAt, receipt_code AS ReceiptCode
        FROM confirmations WHERE dossier_id = @Id AND data_version = @DataVersion
        """;

    private static readonly string[] ConfirmableStatuses = Enum.GetValues<DossierStatus>()
        .Where(status => status.CanConfirm())
        .Select(status => status.ToDb())
        .ToArray();

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

    /// <summary>
    /// Reads the dossier of a personal ID, and moves it to looked_up when <paramref name="birthDate"/> matches and
    /// its status is still not_looked_up. The snapshot returned then shows looked_up.
    /// </summary>
    public async Task<DossierSnapshot?> LookUpAsync(string nationalId, DateOnly birthDate, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var before = await connection.QuerySingleOrDefaultAsync<DossierSnapshot>(new CommandDefinition(
            LookUpSql, new { NationalId = nationalId, BirthDate = birthDate }, cancellationToken: cancellationToken));
        var moved = before is not null && before.BirthDate == birthDate && before.StatusValue == DossierStatus.NotLookedUp;
        return moved ? before! with { Status = DossierStatus.LookedUp.ToDb() } : before;
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
    /// Confirms the data version the parent saw. The dossier row is locked for the statement, and the unique
    /// constraint on (dossier_id, data_version) backs it, so racing requests on any instance store one confirmation
    /// and all of them return it.
    /// </summary>
    public async Task<ConfirmationOutcome> ConfirmAsync(long id, int seenDataVersion, int schoolYearStart, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ConfirmRow>(new CommandDefinition(
            ConfirmSql,
            new
            {
                Id = id,
                DataVersion = seenDataVersion,
                ReceiptCode = ReceiptCode.New(schoolYearStart),
                ConfirmableStatuses,
            },
            cancellationToken: cancellationToken));

        if (row is null)
        {
            return new ConfirmationOutcome(ConfirmationResultKind.NotFound);
        }

        if (row.DataVersion != seenDataVersion)
        {
            return new ConfirmationOutcome(ConfirmationResultKind.VersionChanged);
        }

        if (row.InsertedId is { } insertedId)
        {
            return new ConfirmationOutcome(ConfirmationResultKind.Confirmed, insertedId, row.InsertedAt, row.InsertedReceiptCode);
        }

        if (row.ExistingId is { } existingId)
        {
            return new ConfirmationOutcome(ConfirmationResultKind.AlreadyConfirmed, existingId, row.ExistingAt, row.ExistingReceiptCode);
        }

        // Nothing inserted and nothing found: either the status forbids a confirmation, or one was committed while
        // this statement waited for the row lock. Only a new statement reads that one.
        var winner = await connection.QuerySingleOrDefaultAsync<StoredConfirmation>(
            new CommandDefinition(FindConfirmationSql, new { Id = id, DataVersion = seenDataVersion }, cancellationToken: cancellationToken));
        return winner is null
            ? new ConfirmationOutcome(ConfirmationResultKind.NotAllowed)
            : new ConfirmationOutcome(ConfirmationResultKind.AlreadyConfirmed, winner.ConfirmationId, winner.ConfirmedAt, winner.ReceiptCode);
    }

    public async Task<SlipRecord?> FindSlipAsync(long confirmationId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<SlipRecord>(
            new CommandDefinition(FindSlipSql, new { ConfirmationId = confirmationId }, cancellationToken: cancellationToken));
    }

    private sealed record ConfirmRow
    {
        public int DataVersion { get; init; }

        public long? InsertedId { get; init; }

        public DateTime? InsertedAt { get; init; }

        public string? InsertedReceiptCode { get; init; }

        public long? ExistingId { get; init; }

        public DateTime? ExistingAt { get; init; }

        public string? ExistingReceiptCode { get; init; }
    }

    private sealed record StoredConfirmation
    {
        public long ConfirmationId { get; init; }

        public DateTime ConfirmedAt { get; init; }

        public string ReceiptCode { get; init; } = "";
    }
}
