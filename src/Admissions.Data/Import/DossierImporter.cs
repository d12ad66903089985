using System.Diagnostics;
using System.Text;
using Admissions.Domain.Import;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Admissions.Data.Import;

/// <summary>
/// Imports a dossier CSV file into <c>dossiers</c>. The file is streamed: each valid row goes by binary
/// COPY into a temporary staging table, and set-based statements then insert new dossiers, update
/// changed ones and leave identical ones alone, all in one transaction. Dossiers absent from the file
/// are kept. Memory stays flat apart from one 8-byte key per distinct ID, used to reject duplicates.
/// </summary>
public sealed class DossierImporter(NpgsqlDataSource dataSource, DossierRowValidator validator, ILogger<DossierImporter> logger)
{
    /// <summary>
    /// Imports <paramref name="csvPath"/> and writes the Vietnamese per-row report to
    /// <paramref name="reportPath"/>, replacing any file there. Returns <see cref="ImportRejected"/>, with
    /// nothing stored and no report written, when the file is not a UTF-8 CSV of the import format, and
    /// <see cref="ImportCompleted"/> otherwise, even when rows were rejected. Database failures other
    /// than a missing ward throw.
    /// </summary>
    public async Task<ImportOutcome> ImportAsync(string csvPath, string reportPath, CancellationToken cancellationToken = default)
    {
        var fileName = Path.GetFileName(csvPath);
        if (!File.Exists(csvPath))
        {
            return Reject(fileName, ImportRejections.FileNotFound(csvPath));
        }

        // The report is written beside its destination and moved there only after the commit.
        var partialReportPath = reportPath + ".partial";
        try
        {
            return await ImportFileAsync(csvPath, fileName, reportPath, partialReportPath, cancellationToken);
        }
        catch (ImportFileRejectedException exception)
        {
            return Reject(fileName, exception.Rejection);
        }
        catch (DecoderFallbackException)
        {
            return Reject(fileName, ImportRejections.InvalidUtf8());
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.ForeignKeyViolation
                                                  && exception.ConstraintName == "dossiers_ward_code_fkey")
        {
            ImportLog.WardsNotLoaded(logger, fileName, exception);
            return ImportRejections.WardsNotLoaded();
        }
        finally
        {
            if (File.Exists(partialReportPath))
            {
                File.Delete(partialReportPath);
            }
        }
    }

    private async Task<ImportOutcome> ImportFileAsync(
        string csvPath,
        string fileName,
        string reportPath,
        string partialReportPath,
        CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        using var csv = DossierCsvReader.Open(csvPath);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await DossierMerge.LockAsync(connection, transaction, cancellationToken);
        var runId = await DossierMerge.StartRunAsync(connection, transaction, fileName, cancellationToken);
        ImportLog.Started(logger, runId, fileName);

        await ImportStaging.CreateAsync(connection, transaction, cancellationToken);
        var counts = new StagingCounts();
        using (var report = ImportReportWriter.Create(partialReportPath))
        {
            report.WriteUnknownColumns(1, csv.UnknownColumns);
            await using var copy = await ImportStaging.BeginCopyAsync(connection, cancellationToken);
            await StageRowsAsync(csv, copy, report, counts, cancellationToken);
            await copy.CompleteAsync(cancellationToken);
        }

        ImportLog.Staged(logger, runId, counts.Staged, stopwatch.ElapsedMilliseconds);
        await ImportStaging.AnalyzeAsync(connection, transaction, cancellationToken);
        var merge = await DossierMerge.ApplyAsync(connection, transaction, runId, cancellationToken);

        var completed = new ImportCompleted
        {
            RunId = runId,
            Read = counts.Read,
            Inserted = merge.Inserted,
            Updated = merge.Updated,
            Unchanged = counts.Staged - merge.Inserted - merge.Updated,
            Rejected = counts.Rejected,
            Warnings = counts.Warned,
            ReportPath = reportPath,
            UpdatedNationalIds = new NationalIdList(merge.UpdatedIdKeys),
        };
        await DossierMerge.FinishRunAsync(connection, transaction, completed, cancellationToken);

        // Schools' names and locations (the ward most of their children live in) feed the staff pages and ward scopes.
        await using (var refresh = new NpgsqlCommand("SELECT refresh_preschools()", connection, transaction))
        {
            await refresh.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        File.Move(partialReportPath, reportPath, overwrite: true);
        ImportLog.Completed(
            logger, runId, stopwatch.ElapsedMilliseconds, completed.Read, completed.Inserted, completed.Updated,
            completed.Unchanged, completed.Rejected, completed.Warnings);
        return completed;
    }

    /// <summary>
    /// Validates each row, reports rejected and warned rows, and copies valid rows to the staging table. Of
    /// several rows with one ID, the first decides: later ones are rejected as duplicates even when the
    /// first was itself rejected for another reason.
    /// </summary>
    private async Task StageRowsAsync(
        DossierCsvReader csv,
        NpgsqlBinaryImporter copy,
        ImportReportWriter report,
        StagingCounts counts,
        CancellationToken cancellationToken)
    {
        var record = new DossierRecord();
        var seenIdKeys = new HashSet<long>();
        while (csv.ReadNext(record, out var row))
        {
            counts.Read++;
            if (row.ColumnCount != csv.HeaderColumnCount)
            {
                counts.Rejected++;
                var reason = ImportMessages.ColumnCountMismatch(row.ColumnCount, csv.HeaderColumnCount);
                report.WriteRejected(row.LineNumber, PersonalIdCheck.MaskRaw(record[DossierColumn.NationalId]), [reason]);
                continue;
            }

            var result = validator.Validate(record);
            var maskedId = result.NationalId?.Masked() ?? PersonalIdCheck.MaskRaw(record[DossierColumn.NationalId]);
            if (result.NationalId is { } id && !seenIdKeys.Add(PersonalIdKeys.ToKey(id)))
            {
                counts.Rejected++;
                report.WriteRejected(row.LineNumber, maskedId, [ImportMessages.DuplicateId]);
                continue;
            }

            if (result.IsRejected)
            {
                counts.Rejected++;
                report.WriteRejected(row.LineNumber, maskedId, result.Errors);
                continue;
            }

            if (result.Warnings.Count > 0)
            {
                counts.Warned++;
                report.WriteWarned(row.LineNumber, maskedId, result.Warnings);
            }

            counts.Staged++;
            var contentHash = DossierContentHash.Compute(result.Data);
            await ImportStaging.WriteRowAsync(copy, result.Data, result.Warnings, contentHash, cancellationToken);
        }
    }

    private ImportRejected Reject(string fileName, ImportRejected rejection)
    {
        ImportLog.FileRejected(logger, fileName, rejection.Kind);
        return rejection;
    }

    private sealed class StagingCounts
    {
        public int Read { get; set; }

        public int Rejected { get; set; }

        public int Warned { get; set; }

        public int Staged { get; set; }
    }
}
