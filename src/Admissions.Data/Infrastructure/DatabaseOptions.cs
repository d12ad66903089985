namespace Admissions.Data.Infrastructure;

/// <summary>The configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Npgsql connection string; the local stack of <c>infra/dev.sh</c> listens on 127.0.0.1:55432.</summary>
    public string ConnectionString { get; set; } = "";
}

/// <summary>The configuration section <c>Redis</c>.</summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>StackExchange.Redis configuration string; empty disables the cache.</summary>
    public string Configuration { get; set; } = "";

    /// <summary>How long a dossier entry stays cached.</summary>
    public TimeSpan EntryLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long Redis is bypassed after a failed call before it is tried again.</summary>
    public TimeSpan RetryAfterFailure { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>The configuration section <c>Reference</c>: files that ship the city's reference lists.</summary>
public sealed class ReferenceDataOptions
{
    public const string SectionName = "Reference";

    /// <summary>CSV of wards and communes with columns code, name, kind.</summary>
    public string WardsPath { get; set; } = "";

    /// <summary>CSV of province codes that begin a personal identification number, with columns code, province.</summary>
    public string ProvinceCodesPath { get; set; } = "";
}
