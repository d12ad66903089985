using Admissions.Data.Cache;
using Admissions.Data.Corrections;
using Admissions.Data.Dossiers;
using Admissions.Data.Infrastructure;
using Admissions.Data.Lookup;
using Admissions.Domain.Security;
using Admissions.Domain.Slips;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Admissions.Web.Infrastructure;

public static class DataServiceExtensions
{
    /// <summary>Registers the one PostgreSQL data source, the one Redis connection and the data-layer services.</summary>
    public static IServiceCollection AddAdmissionsData(this IServiceCollection services)
    {
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
            builder.UseLoggerFactory(provider.GetRequiredService<ILoggerFactory>());
            return builder.Build();
        });
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<DossierCache>();
        services.AddSingleton<DossierRepository>();
        services.AddSingleton<LookupAuditRepository>();
        services.AddSingleton<LookupFailureMarkers>();
        services.AddSingleton<LookupAuditWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<LookupAuditWriter>());
        services.AddSingleton<DossierLookupService>();
        services.AddSingleton<ConfirmationService>();
        services.AddSingleton<CorrectionRepository>();
        services.AddSingleton<CorrectionDecisionRepository>();
        services.AddSingleton<CorrectionService>();
        services.AddSingleton<Slips.SlipFactory>();
        return services;
    }

    /// <summary>Registers the hashing and slip-signing keys, read from configuration or shared through the database.</summary>
    public static IServiceCollection AddAdmissionsSecurity(this IServiceCollection services)
    {
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SecurityOptions>>().Value;
            var dataSource = provider.GetRequiredService<NpgsqlDataSource>();
            return new KeyedHasher(() => SecretStore.GetOrCreate(dataSource, "lookup_hash_key", options.LookupHashKey));
        });
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SecurityOptions>>().Value;
            var dataSource = provider.GetRequiredService<NpgsqlDataSource>();
            return new SlipTokenSigner(() => SecretStore.GetOrCreate(dataSource, "slip_signing_key", options.SlipSigningKey));
        });
        services.AddHostedService<KeyWarmup>();
        return services;
    }
}
