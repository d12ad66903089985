using System.Threading.Channels;
using Admissions.Data.Infrastructure;
using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Admissions.Data.Lookup;

/// <summary>One row of <c>lookup_audit</c> waiting to be written.</summary>
public readonly record struct LookupAuditRow(DateTime At, LookupOutcome Outcome, long? DossierId, byte[] IdHash, byte[] ClientHash);

/// <summary>
/// Writes the audit rows of successful and refused lookups in batches, so that a busy hour costs one INSERT per batch
/// instead of one per lookup. Failed lookups are not written here: the lockout counts them, so they are written at once.
/// </summary>
/// <remarks>
/// NOTE: rows still queued when the process is killed (not stopped) are lost: at most one flush interval of
/// successful lookups. A normal shutdown drains the queue.
/// </remarks>
public sealed class LookupAuditWriter(NpgsqlDataSource dataSource, ILogger<LookupAuditWriter> logger) : BackgroundService
{
    private const int MaxBatch = 2000;
    private const int MaxQueued = 200_000;
    private static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(200);

    private const string InsertSql = """
        INSERT INTO lookup_audit (at, outcome, dossier_id, id_hash, client_hash)
        SELECT * FROM unnest(@At, @Outcome, @DossierId, @IdHash, @ClientHash)
        """;

    private readonly Channel<LookupAuditRow> queue = Channel.CreateBounded<LookupAuditRow>(
        new BoundedChannelOptions(MaxQueued) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues a row; waits only when the queue is full, which means PostgreSQL is not keeping up.</summary>
    public ValueTask EnqueueAsync(LookupAuditRow row, CancellationToken cancellationToken) =>
        queue.Writer.TryWrite(row) ? ValueTask.CompletedTask : queue.Writer.WriteAsync(row, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<LookupAuditRow>(MaxBatch);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(FlushInterval, stoppingToken);
                await DrainAsync(batch, CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        // Shutting down: write what is left.
        await DrainAsync(batch, CancellationToken.None);
    }

    private async Task DrainAsync(List<LookupAuditRow> batch, CancellationToken cancellationToken)
    {
        while (queue.Reader.TryPeek(out _))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var row))
            {
                batch.Add(row);
            }

            await WriteWithRetryAsync(batch, cancellationToken);
        }
    }

    private async Task WriteWithRetryAsync(List<LookupAuditRow> batch, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(
                    InsertSql,
                    new
                    {
                        At = batch.Select(row => row.At).ToArray(),
                        Outcome = batch.Select(row => LookupAuditRepository.ToDb(row.Outcome)).ToArray(),
                        DossierId = batch.Select(row => row.DossierId).ToArray(),
                        IdHash = batch.Select(row => row.IdHash).ToArray(),
                        ClientHash = batch.Select(row => row.ClientHash).ToArray(),
                    },
                    cancellationToken: cancellationToken));
                return;
            }
            catch (NpgsqlException exception) when (attempt < 10)
            {
                LookupLog.AuditBatchRetry(logger, batch.Count, attempt, exception);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), cancellationToken);
            }
        }
    }
}
