using Admissions.Data.Cache;
using Admissions.Domain.Corrections;
using Admissions.Domain.Security;
using Microsoft.Extensions.Logging;

namespace Admissions.Data.Corrections;

/// <summary>
/// Submits, approves and rejects correction requests, and drops the dossier's cache entry once PostgreSQL has
/// committed each change, so that the parent's next page view reads the new status.
/// </summary>
public sealed class CorrectionService(
    CorrectionRepository requests,
    CorrectionDecisionRepository decisions,
    DossierCache cache,
    KeyedHasher hasher,
    ILogger<CorrectionService> logger)
{
    /// <param name="idHashHex">The keyed hash of the dossier's personal ID, from the parent's session.</param>
    public async Task<SubmitOutcome> SubmitAsync(
        long dossierId,
        string idHashHex,
        int seenDataVersion,
        CorrectionProposal proposal,
        IReadOnlyList<EvidenceUpload> evidence,
        CancellationToken cancellationToken)
    {
        var outcome = await requests.SubmitAsync(dossierId, seenDataVersion, proposal, evidence, cancellationToken);
        if (outcome.Kind == SubmitResultKind.Submitted)
        {
            CorrectionLog.Submitted(logger, outcome.RequestId!.Value, dossierId, proposal.Values.Count, evidence.Count);
        }
        else
        {
            CorrectionLog.NotSubmitted(logger, dossierId, outcome.Kind);
        }

        // Also after a refusal: the parent's page may have shown an outdated cache entry.
        await cache.InvalidateAsync([idHashHex]);
        return outcome;
    }

    public async Task<DecisionOutcome> ApproveAsync(long requestId, long accountId, int seenDataVersion, string? note, CancellationToken cancellationToken)
    {
        var outcome = await decisions.ApproveAsync(requestId, accountId, seenDataVersion, note, cancellationToken);
        await AfterDecisionAsync(requestId, accountId, outcome);
        return outcome;
    }

    public async Task<DecisionOutcome> RejectAsync(long requestId, long accountId, string reason, CancellationToken cancellationToken)
    {
        var outcome = await decisions.RejectAsync(requestId, accountId, reason, cancellationToken);
        await AfterDecisionAsync(requestId, accountId, outcome);
        return outcome;
    }

    private async Task AfterDecisionAsync(long requestId, long accountId, DecisionOutcome outcome)
    {
        if (outcome.Kind is not (DecisionResultKind.Approved or DecisionResultKind.Rejected))
        {
            CorrectionLog.DecisionNotStored(logger, requestId, accountId, outcome.Kind);
            return;
        }

        // The cache key is the hash of the personal ID, which no correction changes.
        await cache.InvalidateAsync([hasher.HashHex(outcome.NationalId!)]);
        CorrectionLog.Decided(logger, requestId, outcome.DossierId!.Value, accountId, outcome.Kind);
    }
}

internal static partial class CorrectionLog
{
    [LoggerMessage(EventId = 1800, Level = LogLevel.Information,
        Message = "Correction request {RequestId} submitted for dossier {DossierId}: {FieldCount} fields, {FileCount} evidence files")]
    public static partial void Submitted(ILogger logger, long requestId, long dossierId, int fieldCount, int fileCount);

    [LoggerMessage(EventId = 1801, Level = LogLevel.Information, Message = "Correction request for dossier {DossierId} not stored: {Result}")]
    public static partial void NotSubmitted(ILogger logger, long dossierId, SubmitResultKind result);

    [LoggerMessage(EventId = 1802, Level = LogLevel.Information,
        Message = "Correction request {RequestId} of dossier {DossierId} decided by staff account {AccountId}: {Result}")]
    public static partial void Decided(ILogger logger, long requestId, long dossierId, long accountId, DecisionResultKind result);

    [LoggerMessage(EventId = 1803, Level = LogLevel.Information,
        Message = "Decision of staff account {AccountId} on correction request {RequestId} not stored: {Result}")]
    public static partial void DecisionNotStored(ILogger logger, long requestId, long accountId, DecisionResultKind result);
}
