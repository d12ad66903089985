using Admissions.Web.Infrastructure;
using Npgsql;

namespace Admissions.Tests.Unit;

public sealed class ConnectionDefaultsTests
{
    [Fact]
    public void PlainStringGetsWebDefaults()
    {
        const string connectionString = "Host=127.0.0.1;Username=admissions;Database=admissions";
        var settings = new NpgsqlConnectionStringBuilder(connectionString);

        DataServiceExtensions.ApplyWebDefaults(settings, connectionString);

        Assert.True(settings.NoResetOnClose);
        Assert.Equal(32, settings.MaxAutoPrepare);
    }

    [Fact]
    public void ExplicitSettingsAreKept()
    {
        const string connectionString = "Host=127.0.0.1;No Reset On Close=false;Max Auto Prepare=0";
        var settings = new NpgsqlConnectionStringBuilder(connectionString);

        DataServiceExtensions.ApplyWebDefaults(settings, connectionString);

        Assert.False(settings.NoResetOnClose);
        Assert.Equal(0, settings.MaxAutoPrepare);
    }
}
