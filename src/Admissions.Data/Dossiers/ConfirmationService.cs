using Admissions.Data.Cache;
using Microsoft.Extensions.Logging;

namespace Admissions.Data.Dossiers;

/// <summary>Stores a parent's confirmation and drops the dossier's cache entry once PostgreSQL has committed.</summary>
public sealed class ConfirmationService(DossierRepository dossiers, DossierCache cache, ILogger<ConfirmationService> logger)
{
    public async Task<ConfirmationOutcome> ConfirmAsync(long dossierId, string idHashHex, int seenDataVersion, int schoolYearStart, CancellationToken cancellationToken)
    {
        var outcome = await dossiers.ConfirmAsync(dossierId, seenDataVersion, schoolYearStart, cancellationToken);
        if (outcome.Kind == ConfirmationResultKind.Confirmed)
        {
            await cache.InvalidateAsync([idHashHex]);
            ConfirmationLog.Confirmed(logger, dossierId, outcome.ConfirmationId!.Value, seenDataVersion);
        }
        else
        {
            ConfirmationLog.NotStored(logger, dossierId, outcome.Kind);
        }

        // The parent saw an outdated version, perhaps from a cache entry that an earlier invalidation missed:
        // drop it so that the page they return to shows the stored data.
        if (outcome.Kind == ConfirmationResultKind.VersionChanged)
        {
            await cache.InvalidateAsync([idHashHex]);
        }

        return outcome;
    }
}

internal static partial class ConfirmationLog
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Information, Message = "Dossier {DossierId} confirmed as confirmation {ConfirmationId} of data version {DataVersion}")]
    public static partial void Confirmed(ILogger logger, long dossierId, long confirmationId, int dataVersion);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Confirmation of dossier {DossierId} not stored: {Result}")]
    public static partial void NotStored(ILogger logger, long dossierId, ConfirmationResultKind result);
}
