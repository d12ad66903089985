using Admissions.Data.Cache;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Admissions.Web.Infrastructure;

public static class HealthExtensions
{
    public static IServiceCollection AddAdmissionsHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>("postgresql", tags: ["ready"])
            .AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// <c>/health/live</c>: the process responds. <c>/health/ready</c>: PostgreSQL responds (Redis down only
    /// degrades it, because pages still work without the cache); the body names each part's state.
    /// </summary>
    public static void MapAdmissionsHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new()
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsJsonAsync(new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString()),
                });
            },
        });
    }
}

internal sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer.", exception);
        }
    }
}

internal sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = !redis.IsConfigured
            ? HealthCheckResult.Degraded("Redis is not configured; pages are served from PostgreSQL.")
            : redis.IsConnected
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Degraded("Redis is unreachable; pages are served from PostgreSQL.");
        return Task.FromResult(result);
    }
}
