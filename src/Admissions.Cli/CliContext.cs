using Admissions.Data.Infrastructure;
using Admissions.Domain.Season;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Admissions.Cli;

/// <summary>
/// Configuration, logging and the database connection shared by every command. Settings come from
/// environment variables with <c>__</c> between section and key, as in the web application.
/// </summary>
public sealed class CliContext : IAsyncDisposable
{
    private CliContext(IConfiguration configuration, ILoggerFactory loggerFactory)
    {
        Configuration = configuration;
        LoggerFactory = loggerFactory;
        Database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        Redis = configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>() ?? new RedisOptions();
        Reference = configuration.GetSection(ReferenceDataOptions.SectionName).Get<ReferenceDataOptions>() ?? new ReferenceDataOptions();
        Season = configuration.GetSection(SeasonOptions.SectionName).Get<SeasonOptions>() ?? new SeasonOptions();

        if (string.IsNullOrWhiteSpace(Database.ConnectionString))
        {
            throw new InvalidOperationException("Database__ConnectionString is not set.");
        }

        DataSource = NpgsqlDataSource.Create(Database.ConnectionString);
    }

    public IConfiguration Configuration { get; }

    public ILoggerFactory LoggerFactory { get; }

    public DatabaseOptions Database { get; }

    public RedisOptions Redis { get; }

    public ReferenceDataOptions Reference { get; }

    public SeasonOptions Season { get; }

    public NpgsqlDataSource DataSource { get; }

    public static CliContext Create()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var loggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(builder => builder
            .AddSimpleConsole(options => options.SingleLine = true)
            .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddFilter("Npgsql", LogLevel.Warning)
            .SetMinimumLevel(LogLevel.Information));

        // Logs go to standard error so that --json output on standard output stays machine-readable.
        return new CliContext(configuration, loggerFactory);
    }

    public ILogger Logger(string category) => LoggerFactory.CreateLogger(category);

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        LoggerFactory.Dispose();
    }
}
