using System.Globalization;
using Admissions.Data.Dossiers;
using Admissions.Data.Staff;
using Admissions.Domain.Corrections;
using Admissions.Domain.Dossiers;
using Admissions.Domain.Import;
using Dapper;
using Npgsql;

namespace Admissions.Data.Corrections;

/// <summary>
/// Approves or rejects a correction request. Each decision locks the request row and then the dossier row. Of two
/// concurrent decisions on one request, the second waits for the lock, then finds the request decided and changes
/// nothing.
/// </summary>
/// <remarks>
/// NOTE: a decision after the confirmation window closed leaves the dossier in looked_up, confirmed or
/// changed_awaiting_confirmation. Those in looked_up or changed_awaiting_confirmation reach accepted_at_deadline
/// only when the deadline command runs again.
/// </remarks>
public sealed class CorrectionDecisionRepository(NpgsqlDataSource dataSource)
{
    private const string LockRequestSql = """
        SELECT id, dossier_id AS DossierId, status, previous_status AS PreviousStatus, data_version AS DataVersion,
               proposed::text AS ProposedJson
        FROM correction_requests
        WHERE id = @Id
        FOR UPDATE
        """;

    private const string LockDossierSql = DossierQueries.SnapshotSelect + " WHERE d.id = @Id FOR UPDATE OF d";

    // Every correctable column is written, with the values of the dossier after the correction.
    private const string ApplyCorrectionSql = """
        UPDATE dossiers
        SET full_name = @FullName,
            birth_date = @BirthDate,
            sex = @Sex,
            birth_registration_place = @BirthRegistrationPlace,
            native_place = @NativePlace,
            ethnicity = @Ethnicity,
            nationality = @Nationality,
            permanent_residence = @PermanentResidence,
            current_residence = @CurrentResidence,
            household_relation = @HouseholdRelation,
            preschool_class = @PreschoolClass,
            father_name = @FatherName,
            father_birth_year = @FatherBirthYear,
            father_phone = @FatherPhone,
            mother_name = @MotherName,
            mother_birth_year = @MotherBirthYear,
            mother_phone = @MotherPhone,
            guardian_name = @GuardianName,
            guardian_phone = @GuardianPhone,
            content_hash = @ContentHash,
            data_version = data_version + 1,
            status = 'changed_awaiting_confirmation',
            status_changed_at = now(),
            updated_at = now()
        WHERE id = @Id
        RETURNING data_version
        """;

    private const string RestoreStatusSql = """
        UPDATE dossiers SET status = @ToStatus, status_changed_at = now() WHERE id = @Id
        """;

    private const string InsertHistorySql = """
        INSERT INTO dossier_history (dossier_id, actor, from_status, to_status, data_version, reason)
        VALUES (@DossierId, @Actor, 'correction_requested', @ToStatus, @DataVersion, @Reason)
        """;

    private const string MarkApprovedSql = """
        UPDATE correction_requests
        SET status = 'approved', decided_at = now(), decided_by = @AccountId, decision_reason = @Note,
            values_before = @ValuesBefore::jsonb, values_after = @ValuesAfter::jsonb
        WHERE id = @Id
        """;

    private const string MarkRejectedSql = """
        UPDATE correction_requests
        SET status = 'rejected', decided_at = now(), decided_by = @AccountId, decision_reason = @Reason
        WHERE id = @Id
        """;

    private const string InsertAuditSql = """
        INSERT INTO staff_audit (account_id, action, dossier_id, detail) VALUES (@AccountId, @Action, @DossierId, @Detail)
        """;

    /// <summary>
    /// Writes the proposed values into the dossier, with the next data version, a new content hash and the status
    /// changed_awaiting_confirmation, so that the parent confirms again and any earlier slip verifies as stale.
    /// The request keeps the values before and after, and the history and staff audit get a row each, all in one
    /// transaction. <paramref name="seenDataVersion"/> is the dossier version the staff member compared against.
    /// </summary>
    public async Task<DecisionOutcome> ApproveAsync(long requestId, long accountId, int seenDataVersion, string? note, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var request = await LockRequestAsync(connection, transaction, requestId, cancellationToken);
        if (request is null || request.Status != CorrectionStatus.Open.ToDb())
        {
            return new DecisionOutcome(request is null ? DecisionResultKind.NotFound : DecisionResultKind.AlreadyDecided, request?.DossierId);
        }

        var dossier = await connection.QuerySingleAsync<DossierSnapshot>(
            new CommandDefinition(LockDossierSql, new { Id = request.DossierId }, transaction, cancellationToken: cancellationToken));
        if (dossier.DataVersion != seenDataVersion)
        {
            return new DecisionOutcome(DecisionResultKind.VersionChanged, dossier.Id, dossier.NationalId);
        }

        // NOTE: the data-quality warnings of the last import stay as they are, even when the birth date or sex
        // they compare with the personal ID changes. The next import of the dossier recomputes them.
        var proposed = CorrectionJson.ReadValues(request.ProposedJson);
        var before = dossier.ToDossierData();
        var after = DossierFieldValues.Apply(before, proposed);
        var newVersion = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            ApplyCorrectionSql, ToParameters(dossier.Id, after), transaction, cancellationToken: cancellationToken));

        await connection.ExecuteAsync(new CommandDefinition(
            InsertHistorySql,
            new
            {
                DossierId = dossier.Id,
                Actor = StaffActor(accountId),
                ToStatus = DossierStatus.ChangedAwaitingConfirmation.ToDb(),
                DataVersion = newVersion,
                Reason = CorrectionHistory.Approved(requestId, proposed.Keys, note),
            },
            transaction,
            cancellationToken: cancellationToken));

        await connection.ExecuteAsync(new CommandDefinition(
            MarkApprovedSql,
            new
            {
                Id = requestId,
                AccountId = accountId,
                Note = note,
                ValuesBefore = CorrectionJson.Write(proposed.Keys.ToDictionary(column => column, column => DossierFieldValues.Read(before, column))),
                ValuesAfter = CorrectionJson.Write(proposed.Keys.ToDictionary(column => column, column => DossierFieldValues.Read(after, column))),
            },
            transaction,
            cancellationToken: cancellationToken));

        await RecordAuditAsync(connection, transaction, accountId, dossier.Id, $"approved correction request {requestId}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DecisionOutcome(DecisionResultKind.Approved, dossier.Id, dossier.NationalId);
    }

    /// <summary>
    /// Rejects the request with the reason shown to the parent, and returns the dossier to the status it had
    /// before the request (see <see cref="CorrectionRules.StatusAfterRejection"/>), with history and audit rows.
    /// </summary>
    public async Task<DecisionOutcome> RejectAsync(long requestId, long accountId, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var request = await LockRequestAsync(connection, transaction, requestId, cancellationToken);
        if (request is null || request.Status != CorrectionStatus.Open.ToDb())
        {
            return new DecisionOutcome(request is null ? DecisionResultKind.NotFound : DecisionResultKind.AlreadyDecided, request?.DossierId);
        }

        var dossier = await connection.QuerySingleAsync<DossierSnapshot>(
            new CommandDefinition(LockDossierSql, new { Id = request.DossierId }, transaction, cancellationToken: cancellationToken));

        // Only a decision on this request moves the dossier out of correction_requested, so that status is expected.
        // The check keeps any other status from being overwritten.
        if (dossier.StatusValue == DossierStatus.CorrectionRequested)
        {
            var restored = CorrectionRules.StatusAfterRejection(
                DossierStatusNames.FromDb(request.PreviousStatus), request.DataVersion, dossier.DataVersion).ToDb();
            await connection.ExecuteAsync(new CommandDefinition(
                RestoreStatusSql, new { Id = dossier.Id, ToStatus = restored }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                InsertHistorySql,
                new
                {
                    DossierId = dossier.Id,
                    Actor = StaffActor(accountId),
                    ToStatus = restored,
                    dossier.DataVersion,
                    Reason = CorrectionHistory.Rejected(requestId, reason),
                },
                transaction,
                cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(
            MarkRejectedSql, new { Id = requestId, AccountId = accountId, Reason = reason }, transaction, cancellationToken: cancellationToken));
        await RecordAuditAsync(connection, transaction, accountId, dossier.Id, $"rejected correction request {requestId}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DecisionOutcome(DecisionResultKind.Rejected, dossier.Id, dossier.NationalId);
    }

    private static Task<LockedRequest?> LockRequestAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long requestId, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<LockedRequest>(
            new CommandDefinition(LockRequestSql, new { Id = requestId }, transaction, cancellationToken: cancellationToken));

    private static Task RecordAuditAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long accountId, long dossierId, string detail, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            InsertAuditSql,
            new { AccountId = accountId, Action = StaffAuditActions.ReviewCorrection, DossierId = dossierId, Detail = detail },
            transaction,
            cancellationToken: cancellationToken));

    /// <summary>The history actor of a staff account, for example <c>staff:42</c>.</summary>
    private static string StaffActor(long accountId) => "staff:" + accountId.ToString(CultureInfo.InvariantCulture);

    private static object ToParameters(long dossierId, DossierData data) => new
    {
        Id = dossierId,
        data.FullName,
        data.BirthDate,
        Sex = data.Sex.ToDb(),
        data.BirthRegistrationPlace,
        data.NativePlace,
        data.Ethnicity,
        data.Nationality,
        data.PermanentResidence,
        data.CurrentResidence,
        data.HouseholdRelation,
        data.PreschoolClass,
        data.FatherName,
        data.FatherBirthYear,
        data.FatherPhone,
        data.MotherName,
        data.MotherBirthYear,
        data.MotherPhone,
        data.GuardianName,
        data.GuardianPhone,
        ContentHash = DossierContentHash.Compute(data),
    };

    private sealed record LockedRequest
    {
        public long Id { get; init; }

        public long DossierId { get; init; }

        public string Status { get; init; } = "";

        public string PreviousStatus { get; init; } = "";

        public int DataVersion { get; init; }

        public string ProposedJson { get; init; } = "{}";
    }
}
