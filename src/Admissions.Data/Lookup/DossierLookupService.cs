using Admissions.Data.Cache;
using Admissions.Data.Dossiers;
using Admissions.Domain.Dossiers;
using Admissions.Domain.Identity;
using Admissions.Domain.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Admissions.Data.Lookup;

public enum LookupResultKind
{
    Found,

    /// <summary>Unknown ID or wrong birth date: deliberately one result, so that a caller cannot tell which.</summary>
    NoMatch,

    /// <summary>Too many failures for this ID recently.</summary>
    Locked,
}

public sealed record LookupResult(LookupResultKind Kind, DossierSnapshot? Dossier = null, string? IdHashHex = null, DateTime? LockedUntil = null);

/// <summary>
/// A parent's lookup by personal ID and birth date: lockout check, cache-aside read, birth-date match and audit.
/// </summary>
public sealed class DossierLookupService(
    DossierRepository dossiers,
    DossierCache cache,
    LookupAuditRepository audit,
    LookupAuditWriter auditWriter,
    LookupFailureMarkers failureMarkers,
    KeyedHasher hasher,
    IOptions<LookupOptions> options,
    ILogger<DossierLookupService> logger)
{
    public async Task<LookupResult> LookupAsync(PersonalId id, DateOnly birthDate, byte[] clientHash, CancellationToken cancellationToken)
    {
        var idHash = hasher.Hash(id.Value);
        var idHashHex = Convert.ToHexStringLower(idHash);

        // Most IDs never failed, so Redis markers let their lookups skip the lockout query. Both Redis reads start
        // before either is awaited, so they usually share one round trip.
        var mayBeLocked = failureMarkers.MayBeLockedAsync(idHashHex);
        var cached = cache.GetAsync(idHashHex);
        var lockedUntil = await mayBeLocked ? await audit.FindLockAsync(idHash, cancellationToken) : null;
        if (lockedUntil is not null)
        {
            await auditWriter.EnqueueAsync(new LookupAuditRow(DateTime.UtcNow, LookupOutcome.Locked, null, idHash, clientHash), cancellationToken);
            LookupLog.LookupLocked(logger);
            return new LookupResult(LookupResultKind.Locked, LockedUntil: lockedUntil);
        }

        var dossier = await cached ?? await LoadSnapshotAsync(id.Value, birthDate, idHashHex, cancellationToken);
        if (dossier is null || dossier.BirthDate != birthDate)
        {
            var outcome = dossier is null ? LookupOutcome.NotFound : LookupOutcome.WrongBirthDate;
            await failureMarkers.MarkAsync(idHashHex);
            var newLock = await audit.RecordFailureAsync(
                outcome, dossier?.Id, idHash, clientHash, options.Value.MaxFailuresPerId, options.Value.FailureWindow, cancellationToken);
            LookupLog.LookupFailed(logger, dossier?.Id, newLock is not null);
            return newLock is null
                ? new LookupResult(LookupResultKind.NoMatch)
                : new LookupResult(LookupResultKind.Locked, LockedUntil: newLock);
        }

        await auditWriter.EnqueueAsync(new LookupAuditRow(DateTime.UtcNow, LookupOutcome.Found, dossier.Id, idHash, clientHash), cancellationToken);
        if (dossier.StatusValue == DossierStatus.NotLookedUp && await dossiers.MarkLookedUpAsync(dossier.Id, cancellationToken))
        {
            var lookedUp = dossier with { Status = DossierStatus.LookedUp.ToDb() };
            await cache.ReplaceAsync(idHashHex, dossier, lookedUp);
            dossier = lookedUp;
        }

        LookupLog.LookupSucceeded(logger, dossier.Id);
        return new LookupResult(LookupResultKind.Found, dossier, idHashHex);
    }

    /// <summary>Reads the dossier for a parent's session: from the cache when the entry belongs to that dossier.</summary>
    public async Task<DossierSnapshot?> GetForSessionAsync(long dossierId, string idHashHex, CancellationToken cancellationToken)
    {
        var cached = await cache.GetAsync(idHashHex);
        if (cached is not null && cached.Id == dossierId)
        {
            return cached;
        }

        var dossier = await dossiers.FindByIdAsync(dossierId, cancellationToken);
        if (dossier is not null)
        {
            await cache.SetAsync(idHashHex, dossier);
        }

        return dossier;
    }

    // On a cache miss, the read also records a first lookup when the birth date matches, which spares a second
    // statement. A cached dossier still in not_looked_up is moved below.
    private async Task<DossierSnapshot?> LoadSnapshotAsync(string nationalId, DateOnly birthDate, string idHashHex, CancellationToken cancellationToken)
    {
        var dossier = await dossiers.LookUpAsync(nationalId, birthDate, cancellationToken);
        if (dossier is not null)
        {
            await cache.SetAsync(idHashHex, dossier);
        }

        return dossier;
    }
}
