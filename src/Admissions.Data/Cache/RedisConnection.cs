using Admissions.Data.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Admissions.Data.Cache;

/// <summary>
/// The process's one Redis multiplexer, connected in the background so that the application starts and serves
/// without Redis, and reconnects by itself when Redis returns.
/// </summary>
public sealed class RedisConnection : IDisposable
{
    private readonly RedisOptions options;
    private readonly ILogger<RedisConnection> logger;
    private readonly ConnectionMultiplexer? multiplexer;
    private long bypassUntilTicks;

    public RedisConnection(IOptions<RedisOptions> options, ILogger<RedisConnection> logger)
    {
        this.options = options.Value;
        this.logger = logger;
        if (string.IsNullOrWhiteSpace(this.options.Configuration))
        {
            return;
        }

        var configuration = ConfigurationOptions.Parse(this.options.Configuration);
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = 1000;
        configuration.SyncTimeout = 500;
        configuration.AsyncTimeout = 500;
        configuration.ConnectRetry = 1;
        configuration.ReconnectRetryPolicy = new LinearRetry(1000);
        multiplexer = ConnectionMultiplexer.Connect(configuration);
    }

    public bool IsConfigured => multiplexer is not null;

    public bool IsConnected => multiplexer?.IsConnected == true;

    /// <summary>The database, or null while Redis is unconfigured, disconnected or bypassed after a failure.</summary>
    public IDatabase? TryGetDatabase(bool ignoreBackoff = false)
    {
        if (multiplexer is null || !multiplexer.IsConnected)
        {
            return null;
        }

        if (!ignoreBackoff && DateTime.UtcNow.Ticks < Interlocked.Read(ref bypassUntilTicks))
        {
            return null;
        }

        return multiplexer.GetDatabase();
    }

    public void ReportFailure(Exception exception)
    {
        Interlocked.Exchange(ref bypassUntilTicks, DateTime.UtcNow.Add(options.RetryAfterFailure).Ticks);
        CacheLog.RedisCallFailed(logger, options.RetryAfterFailure.TotalSeconds, exception);
    }

    public void Dispose() => multiplexer?.Dispose();
}
