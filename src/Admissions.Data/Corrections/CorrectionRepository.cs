using System.Security.Cryptography;
using Admissions.Domain.Corrections;
using Admissions.Domain.Dossiers;
using Admissions.Domain.Import;
using Admissions.Domain.Staff;
using Dapper;
using Npgsql;

namespace Admissions.Data.Corrections;

/// <summary>Stores parents' correction requests with their evidence, and reads them for the staff's review.</summary>
public sealed class CorrectionRepository(NpgsqlDataSource dataSource)
{
    /// <summary>The partial unique index that allows one open request per dossier.</summary>
    private const string OneOpenIndex = "correction_requests_one_open_idx";

    private const string LockDossierSql = """
        SELECT status AS Status, data_version AS DataVersion FROM dossiers WHERE id = @Id FOR UPDATE
        """;

    private const string InsertRequestSql = """
        INSERT INTO correction_requests (dossier_id, previous_status, data_version, proposed, note)
        VALUES (@DossierId, @PreviousStatus, @DataVersion, @Proposed::jsonb, @Note)
        RETURNING id
        """;

    private const string InsertEvidenceSql = """
        INSERT INTO correction_evidence (request_id, position, file_name, content_type, size_bytes, sha256, content)
        VALUES (@RequestId, @Position, @FileName, @ContentType, @SizeBytes, @Sha256, @Content)
        """;

    private const string MarkRequestedSql = """
        UPDATE dossiers SET status = 'correction_requested', status_changed_at = now() WHERE id = @DossierId;
        INSERT INTO dossier_history (dossier_id, actor, from_status, to_status, data_version, reason)
        VALUES (@DossierId, 'parent', @FromStatus, 'correction_requested', @DataVersion, @Reason);
        """;

    // A ward account's list contains the requests of children residing in its ward and of schools located there.
    private const string ListOpenSql = """
        SELECT r.id, r.dossier_id AS DossierId, r.submitted_at AS SubmittedAt, r.proposed::text AS ProposedJson,
               d.full_name AS FullName, d.preschool_code AS PreschoolCode, d.preschool_name AS PreschoolName,
               w.name AS WardName, count(*) OVER ()::int AS TotalCount
        FROM correction_requests r
        JOIN dossiers d ON d.id = r.dossier_id
        JOIN wards w ON w.code = d.ward_code
        LEFT JOIN preschools p ON p.code = d.preschool_code
        WHERE r.status = 'open'
          AND (@Role = 'department'
               OR (@Role = 'school' AND d.preschool_code = @Code)
               OR (@Role = 'ward' AND (d.ward_code = @Code OR p.ward_code = @Code)))
        ORDER BY r.submitted_at, r.id
        LIMIT @Limit
        """;

    private const string FindDetailSql = """
        SELECT r.id, r.dossier_id AS DossierId, r.status, r.previous_status AS PreviousStatus, r.data_version AS DataVersion,
               r.proposed::text AS ProposedJson, r.note, r.submitted_at AS SubmittedAt, r.decided_at AS DecidedAt,
               a.display_name AS DecidedByName, r.decision_reason AS DecisionReason,
               r.values_before::text AS ValuesBeforeJson, r.values_after::text AS ValuesAfterJson,
               d.preschool_code AS PreschoolCode, d.ward_code AS WardCode, p.ward_code AS PreschoolWardCode
        FROM correction_requests r
        JOIN dossiers d ON d.id = r.dossier_id
        LEFT JOIN preschools p ON p.code = d.preschool_code
        LEFT JOIN staff_accounts a ON a.id = r.decided_by
        WHERE r.id = @Id;

        SELECT id, position, file_name AS FileName, content_type AS ContentType, size_bytes AS SizeBytes, sha256
        FROM correction_evidence
        WHERE request_id = @Id
        ORDER BY position;
        """;

    private const string FindEvidenceSql = """
        SELECT e.id, e.request_id AS RequestId, e.position, e.content_type AS ContentType, e.content,
               d.id AS DossierId, d.preschool_code AS PreschoolCode, d.ward_code AS WardCode, p.ward_code AS PreschoolWardCode
        FROM correction_evidence e
        JOIN correction_requests r ON r.id = e.request_id
        JOIN dossiers d ON d.id = r.dossier_id
        LEFT JOIN preschools p ON p.code = d.preschool_code
        WHERE e.id = @EvidenceId AND e.request_id = @RequestId
        """;

    /// <summary>
    /// Stores a request, its evidence, the dossier's move to correction_requested and the history row in one
    /// transaction. The dossier row stays locked until the commit, and the partial unique index backs the
    /// one-open-request rule across instances.
    /// </summary>
    public async Task<SubmitOutcome> SubmitAsync(
        long dossierId, int seenDataVersion, CorrectionProposal proposal, IReadOnlyList<EvidenceUpload> evidence, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var dossier = await connection.QuerySingleOrDefaultAsync<LockedDossier>(
            new CommandDefinition(LockDossierSql, new { Id = dossierId }, transaction, cancellationToken: cancellationToken));
        if (dossier is null)
        {
            return new SubmitOutcome(SubmitResultKind.NotFound);
        }

        var status = DossierStatusNames.FromDb(dossier.Status);
        if (status == DossierStatus.CorrectionRequested)
        {
            return new SubmitOutcome(SubmitResultKind.AlreadyOpen);
        }

        if (!status.CanRequest())
        {
            return new SubmitOutcome(SubmitResultKind.NotAllowed);
        }

        if (dossier.DataVersion != seenDataVersion)
        {
            return new SubmitOutcome(SubmitResultKind.VersionChanged);
        }

        long requestId;
        try
        {
            requestId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                InsertRequestSql,
                new
                {
                    DossierId = dossierId,
                    PreviousStatus = dossier.Status,
                    dossier.DataVersion,
                    Proposed = CorrectionJson.Write(proposal.Values.ToDictionary(pair => pair.Key, pair => (string?)pair.Value)),
                    proposal.Note,
                },
                transaction,
                cancellationToken: cancellationToken));
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation && exception.ConstraintName == OneOpenIndex)
        {
            return new SubmitOutcome(SubmitResultKind.AlreadyOpen);
        }

        for (var i = 0; i < evidence.Count; i++)
        {
            var file = evidence[i];
            await connection.ExecuteAsync(new CommandDefinition(
                InsertEvidenceSql,
                new
                {
                    RequestId = requestId,
                    Position = (short)(i + 1),
                    file.FileName,
                    ContentType = file.Type.ContentType(),
                    SizeBytes = file.Content.Length,
                    Sha256 = SHA256.HashData(file.Content),
                    file.Content,
                },
                transaction,
                cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(
            MarkRequestedSql,
            new
            {
                DossierId = dossierId,
                FromStatus = dossier.Status,
                dossier.DataVersion,
                Reason = CorrectionHistory.Submitted(requestId, proposal.Values.Keys),
            },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);

        return new SubmitOutcome(SubmitResultKind.Submitted, requestId);
    }

    /// <summary>
    /// Lists the open requests whose dossier <paramref name="scope"/> covers, oldest first, at most
    /// <paramref name="limit"/> of them.
    /// </summary>
    public async Task<IReadOnlyList<CorrectionListItem>> ListOpenAsync(StaffScope scope, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<CorrectionListItem>(new CommandDefinition(
            ListOpenSql,
            new { Role = StaffScope.RoleToDb(scope.Role), Code = scope.Code ?? "", Limit = limit },
            cancellationToken: cancellationToken));
        return rows.AsList();
    }

    public async Task<CorrectionDetail?> FindAsync(long requestId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(FindDetailSql, new { Id = requestId }, cancellationToken: cancellationToken));

        var request = await results.ReadSingleOrDefaultAsync<CorrectionDetail>();
        var evidence = (await results.ReadAsync<EvidenceInfo>()).AsList();
        return request is null ? null : request with { Evidence = evidence };
    }

    /// <summary>Reads one evidence file of one request; null when the file does not belong to that request.</summary>
    public async Task<EvidenceContent?> FindEvidenceAsync(long requestId, long evidenceId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<EvidenceContent>(new CommandDefinition(
            FindEvidenceSql, new { RequestId = requestId, EvidenceId = evidenceId }, cancellationToken: cancellationToken));
    }

    private sealed record LockedDossier
    {
        public string Status { get; init; } = "";

        public int DataVersion { get; init; }
    }
}
