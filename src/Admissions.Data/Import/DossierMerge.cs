using Admissions.Domain.Identity;
using Admissions.Domain.Import;
using Dapper;
using Npgsql;

namespace Admissions.Data.Import;

/// <summary>How the staged rows changed <c>dossiers</c>.</summary>
internal sealed record MergeResult(int Inserted, int Updated, List<long> UpdatedIdKeys);

/// <summary>
/// The set-based statements of an import, all run inside the import's transaction: serialising imports,
/// recording the run, and merging <c>import_staging</c> into <c>dossiers</c>.
/// </summary>
internal static class DossierMerge
{
    /// <summary>Advisory lock key held by an import until it commits, so that two imports never interleave.</summary>
    private const long ImportLockKey = 0x41444D_494D5054; // "ADM" "IMPT"

    /// <summary>
    /// Time allowed for one merge statement. The default of 30 s is too short for a full season of about
    /// 1.7 million rows on a small server.
    /// </summary>
    private const int StatementTimeoutSeconds = 600;

    private const string LockSql = "SELECT pg_advisory_xact_lock(@Key)";

    private const string StartRunSql = "INSERT INTO import_runs (file_name) VALUES (@FileName) RETURNING id";

    private const string FinishRunSql = """
        UPDATE import_runs
        SET finished_at = now(), rows_read = @Read, inserted = @Inserted, updated = @Updated,
            unchanged = @Unchanged, rejected = @Rejected, warnings = @Warnings
        WHERE id = @Id
        """;

    // Rows whose content changed get the new data and the next data version. A confirmed dossier moves to
    // changed_awaiting_confirmation with a history row, and any other status stays. The targets are locked
    // first so that a confirmation committed meanwhile is seen, and not overwritten without history.
    private const string UpdateChangedSql = """
        WITH targets AS MATERIALIZED (
            SELECT d.id, d.status
            FROM dossiers AS d
            JOIN import_staging AS s ON s.national_id = d.national_id
            WHERE d.content_hash <> s.content_hash
            FOR UPDATE OF d
        ),
        changed AS (
            UPDATE dossiers AS d
            SET full_name = s.full_name,
                birth_date = s.birth_date,
                sex = s.sex,
                birth_registration_place = s.birth_registration_place,
                native_place = s.native_place,
                ethnicity = s.ethnicity,
                nationality = s.nationality,
                permanent_residence = s.permanent_residence,
                current_residence = s.current_residence,
                ward_code = s.ward_code,
                household_relation = s.household_relation,
                preschool_code = s.preschool_code,
                preschool_name = s.preschool_name,
                preschool_class = s.preschool_class,
                father_name = s.father_name,
                father_birth_year = s.father_birth_year,
                father_phone = s.father_phone,
                mother_name = s.mother_name,
                mother_birth_year = s.mother_birth_year,
                mother_phone = s.mother_phone,
                guardian_name = s.guardian_name,
                guardian_phone = s.guardian_phone,
                warnings = s.warnings,
                content_hash = s.content_hash,
                data_version = d.data_version + 1,
                status = CASE WHEN t.status = 'confirmed' THEN 'changed_awaiting_confirmation' ELSE d.status END,
                status_changed_at = CASE WHEN t.status = 'confirmed' THEN now() ELSE d.status_changed_at END,
                updated_at = now()
            FROM targets AS t, import_staging AS s
            WHERE d.id = t.id AND s.national_id = d.national_id
            RETURNING d.id, d.national_id, d.data_version, t.status AS previous_status
        ),
        history AS (
            INSERT INTO dossier_history (dossier_id, actor, from_status, to_status, data_version, reason)
            SELECT id, 'import', 'confirmed', 'changed_awaiting_confirmation', data_version, @Reason
            FROM changed
            WHERE previous_status = 'confirmed'
        )
        SELECT national_id FROM changed
        """;

    // Identical content whose warnings differ, for example after the province list changed: the warnings
    // are refreshed, the data version is not.
    private const string RefreshWarningsSql = """
        UPDATE dossiers AS d
        SET warnings = s.warnings, updated_at = now()
        FROM import_staging AS s
        WHERE s.national_id = d.national_id
          AND d.content_hash = s.content_hash
          AND d.warnings <> s.warnings
        """;

    private const string InsertNewSql = """
        INSERT INTO dossiers (
            national_id, full_name, birth_date, sex,
            birth_registration_place, native_place, ethnicity, nationality,
            permanent_residence, current_residence, ward_code, household_relation,
            preschool_code, preschool_name, preschool_class,
            father_name, father_birth_year, father_phone,
            mother_name, mother_birth_year, mother_phone,
            guardian_name, guardian_phone,
            warnings, content_hash, data_version, status)
        SELECT
            s.national_id, s.full_name, s.birth_date, s.sex,
            s.birth_registration_place, s.native_place, s.ethnicity, s.nationality,
            s.permanent_residence, s.current_residence, s.ward_code, s.household_relation,
            s.preschool_code, s.preschool_name, s.preschool_class,
            s.father_name, s.father_birth_year, s.father_phone,
            s.mother_name, s.mother_birth_year, s.mother_phone,
            s.guardian_name, s.guardian_phone,
            s.warnings, s.content_hash, 1, 'not_looked_up'
        FROM import_staging AS s
        WHERE NOT EXISTS (SELECT 1 FROM dossiers AS d WHERE d.national_id = s.national_id)
        """;

    public static Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(LockSql, new { Key = ImportLockKey }, transaction, cancellationToken: cancellationToken));

    public static Task<long> StartRunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string fileName, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition(StartRunSql, new { FileName = fileName }, transaction, cancellationToken: cancellationToken));

    public static Task FinishRunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ImportCompleted completed, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            FinishRunSql,
            new
            {
                Id = completed.RunId,
                completed.Read,
                completed.Inserted,
                completed.Updated,
                completed.Unchanged,
                completed.Rejected,
                completed.Warnings,
            },
            transaction,
            cancellationToken: cancellationToken));

    /// <summary>Applies the staged rows: updates changed dossiers, refreshes warnings, inserts new ones.</summary>
    public static async Task<MergeResult> ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long runId, CancellationToken cancellationToken)
    {
        var updatedIdKeys = new List<long>();
        var reason = ImportMessages.ChangedByImport(runId);
        var changedRows = connection.QueryUnbufferedAsync<string>(UpdateChangedSql, new { Reason = reason }, transaction, StatementTimeoutSeconds);
        await foreach (var nationalId in changedRows.WithCancellation(cancellationToken))
        {
            updatedIdKeys.Add(PersonalIdKeys.ToKey(PersonalId.FromCanonical(nationalId)));
        }

        await connection.ExecuteAsync(new CommandDefinition(RefreshWarningsSql, transaction: transaction, commandTimeout: StatementTimeoutSeconds, cancellationToken: cancellationToken));

        var inserted = await connection.ExecuteAsync(new CommandDefinition(InsertNewSql, transaction: transaction, commandTimeout: StatementTimeoutSeconds, cancellationToken: cancellationToken));
        return new MergeResult(inserted, updatedIdKeys.Count, updatedIdKeys);
    }
}
