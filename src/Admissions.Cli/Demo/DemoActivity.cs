using System.Diagnostics;
using Admissions.Domain.Corrections;
using Admissions.Domain.Import;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Admissions.Cli.Demo;

/// <summary>
/// Makes a freshly loaded demo season look ten days into the confirmation window. About 60% of the families have
/// confirmed, 15% looked their dossier up without confirming, and 1% asked for a correction of the mother's phone.
/// About 2% first typed a wrong birth date. Each dossier's outcome and times follow from an MD5 hash of its personal
/// ID, so the same season always gets the same activity. Every step is one set-based statement in one transaction.
/// The dossiers with the lowest ids stay untouched, because <c>demo load</c> prints those for a newcomer to try.
/// </summary>
internal static partial class DemoActivity
{
    /// <summary>Dossiers left as imported; <c>demo load</c> prints three of them.</summary>
    public const int UntouchedDossiers = 10;

    // Each dossier gets an outcome bucket 0-9999, a day 0-9 days back and a minute of that day between 06:00 and
    // 22:00 (Asia/Ho_Chi_Minh). A time later than now moves ten days back, so the days stay evenly filled.
    // Buckets 0-5999 confirm, 6000-6099 ask for a correction (the even ones after confirming), 6100-7599 only
    // look up, and the rest never look up. The lookup draw selects the dossiers with wrong birth dates (5 of 256).
    // The steps are materialized because PostgreSQL would otherwise repeat the hash for every column that uses it.
    private const string PlanSql = """
        CREATE TEMP TABLE demo_plan ON COMMIT DROP AS
        WITH hashed AS MATERIALIZED (
            SELECT d.id, d.national_id, d.data_version, decode(md5('demo-activity:' || d.national_id), 'hex') AS h
            FROM dossiers d
            WHERE d.id > (SELECT coalesce(max(id), 0) FROM (SELECT id FROM dossiers ORDER BY id LIMIT @UntouchedDossiers) AS untouched)
        ),
        drawn AS MATERIALIZED (
            SELECT id, national_id, data_version,
                   ((get_byte(h, 0) << 16) | (get_byte(h, 1) << 8) | get_byte(h, 2)) % 10000 AS bucket,
                   (date_trunc('day', now() AT TIME ZONE 'Asia/Ho_Chi_Minh')
                       - make_interval(days => get_byte(h, 3) % 10)
                       + make_interval(mins => 360 + ((get_byte(h, 4) << 8) | get_byte(h, 5)) % 960)
                   ) AT TIME ZONE 'Asia/Ho_Chi_Minh' AS drawn_at,
                   get_byte(h, 6) AS lookup_draw,
                   1 + get_byte(h, 7) % 3 AS wrong_birth_dates,
                   ((get_byte(h, 8) << 16) | (get_byte(h, 9) << 8) | get_byte(h, 10)) % 10000000 AS phone_digits
            FROM hashed
        ),
        placed AS MATERIALIZED (
            SELECT *, CASE WHEN drawn_at > now() THEN drawn_at - interval '10 days' ELSE drawn_at END AS event_at
            FROM drawn
        )
        SELECT id, national_id, data_version, event_at, lookup_draw, wrong_birth_dates, phone_digits,
               CASE WHEN bucket < 6000 THEN 'confirmed'
                    WHEN bucket < 6100 THEN 'correction_requested'
                    WHEN bucket < 7600 THEN 'looked_up'
                    ELSE 'not_looked_up' END AS final_status,
               CASE WHEN bucket < 6000 THEN event_at - interval '3 minutes'
                    WHEN bucket < 6100 THEN event_at - interval '12 minutes'
                    WHEN bucket < 7600 THEN event_at END AS looked_up_at,
               CASE WHEN bucket < 6000 THEN event_at
                    WHEN bucket < 6100 AND bucket % 2 = 0 THEN event_at - interval '8 minutes' END AS confirmed_at
        FROM placed;
        """;

    private const string MoveDossiersSql = """
        UPDATE dossiers d
        SET status = p.final_status, status_changed_at = p.event_at
        FROM demo_plan p
        WHERE d.id = p.id AND p.final_status <> 'not_looked_up'
        """;

    private const string InsertParentHistorySql = """
        INSERT INTO dossier_history (dossier_id, at, actor, from_status, to_status, data_version)
        SELECT id, looked_up_at, 'parent', 'not_looked_up', 'looked_up', data_version FROM demo_plan WHERE looked_up_at IS NOT NULL
        UNION ALL
        SELECT id, confirmed_at, 'parent', 'looked_up', 'confirmed', data_version FROM demo_plan WHERE confirmed_at IS NOT NULL
        """;

    // Receipt codes follow the format of ReceiptCode.New. Multiplying the id by an odd number modulo 2^40 maps
    // distinct ids to distinct 40-bit values, so the eight Crockford base32 characters never repeat.
    private const string InsertConfirmationsSql = """
        INSERT INTO confirmations (dossier_id, data_version, confirmed_at, receipt_code)
        SELECT p.id, p.data_version, p.confirmed_at,
               'TS' || lpad((@SchoolYearStart % 100)::text, 2, '0') || '-' || substr(code.body, 1, 4) || '-' || substr(code.body, 5, 4)
        FROM demo_plan p
        CROSS JOIN LATERAL (
            SELECT string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ',
                                     ((((p.id * 738190129 + 91) & 1099511627775) >> (35 - 5 * i)) & 31)::int + 1, 1), '' ORDER BY i) AS body
            FROM generate_series(0, 7) AS i
        ) AS code
        WHERE p.confirmed_at IS NOT NULL
        """;

    // A phone-only request needs no evidence file, as for a parent on the site.
    private const string InsertCorrectionsSql = """
        WITH requested AS (
            INSERT INTO correction_requests (dossier_id, previous_status, data_version, proposed, note, submitted_at)
            SELECT id, CASE WHEN confirmed_at IS NULL THEN 'looked_up' ELSE 'confirmed' END, data_version,
                   jsonb_build_object(@FieldKey, '090' || lpad(phone_digits::text, 7, '0')), @Note, event_at
            FROM demo_plan
            WHERE final_status = 'correction_requested'
            RETURNING id, dossier_id, previous_status, data_version, submitted_at
        )
        INSERT INTO dossier_history (dossier_id, at, actor, from_status, to_status, data_version, reason)
        SELECT dossier_id, submitted_at, 'parent', previous_status, 'correction_requested', data_version, format(@ReasonFormat, id)
        FROM requested
        """;

    private const string AnalyzeSql = "ANALYZE dossiers, dossier_history, confirmations, correction_requests, lookup_audit";

    /// <summary>Simulates the activity on every dossier but the first <see cref="UntouchedDossiers"/>, in one transaction.</summary>
    public static async Task SimulateAsync(CliContext context, CancellationToken cancellationToken)
    {
        var logger = context.Logger("Admissions.Demo");
        var started = Stopwatch.GetTimestamp();
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await ExecuteAsync(connection, transaction, PlanSql, new { UntouchedDossiers }, cancellationToken);
            var moved = await ExecuteAsync(connection, transaction, MoveDossiersSql, null, cancellationToken);
            await ExecuteAsync(connection, transaction, InsertParentHistorySql, null, cancellationToken);
            var confirmed = await ExecuteAsync(
                connection, transaction, InsertConfirmationsSql, new { context.Season.SchoolYearStart }, cancellationToken);
            var corrections = await ExecuteAsync(connection, transaction, InsertCorrectionsSql, CorrectionParameters(), cancellationToken);
            var lookups = await DemoActivityLookups.InsertAsync(context, connection, cancellationToken);

            await transaction.CommitAsync(cancellationToken);
            Simulated(logger, moved, confirmed, corrections, lookups, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        await ExecuteAsync(connection, null, AnalyzeSql, null, cancellationToken);
    }

    private static object CorrectionParameters()
    {
        var field = DossierColumn.MotherPhone;

        // The same sentence as CorrectionHistory.Submitted, with %s where the request id goes.
        var reasonFormat = $"Cha mẹ học sinh gửi đề nghị điều chỉnh số %s: {CorrectionHistory.Labels([field])}.";
        return new { FieldKey = field.Key(), Note = "Mẹ của cháu đã đổi số điện thoại.", ReasonFormat = reasonFormat };
    }

    private static Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, object? parameters, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, commandTimeout: 600, cancellationToken: cancellationToken));

    [LoggerMessage(EventId = 1203, Level = LogLevel.Information, Message = "Simulated demo activity: {Moved} dossiers moved, {Confirmed} confirmations, {Corrections} correction requests, {Lookups} lookup audit rows, committed in {ElapsedMs} ms")]
    private static partial void Simulated(ILogger logger, int moved, int confirmed, int corrections, int lookups, long elapsedMs);
}
