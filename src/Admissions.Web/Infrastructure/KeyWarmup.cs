using Admissions.Domain.Security;
using Admissions.Domain.Slips;

namespace Admissions.Web.Infrastructure;

/// <summary>
/// Reads the shared keys from PostgreSQL right after start-up, so that the first burst of requests does not wait for
/// them. If PostgreSQL is not reachable yet, the keys are read on first use instead.
/// </summary>
public sealed class KeyWarmup(KeyedHasher hasher, SlipTokenSigner signer, ILogger<KeyWarmup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            try
            {
                hasher.Hash("warm-up");
                signer.Verify(signer.Sign(new SlipClaim(0, DateTimeOffset.UnixEpoch)));
            }
            catch (Exception exception) when (exception is Npgsql.NpgsqlException or TimeoutException)
            {
                WebLog.KeyWarmupFailed(logger, exception);
            }
        },
        stoppingToken);
}
