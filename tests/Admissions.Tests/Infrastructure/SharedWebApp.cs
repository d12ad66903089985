namespace Admissions.Tests.Infrastructure;

/// <summary>
/// One web instance shared by the tests of the <c>web</c> collection. Its per-address limit is raised because
/// all those tests come from 127.0.0.1; the limit itself is tested on an instance of its own.
/// </summary>
public sealed class SharedWebApp : IAsyncLifetime
{
    public WebAppProcess App { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        App = await WebAppProcess.StartAsync(new Dictionary<string, string> { ["RateLimits__LookupsPerAddressPerMinute"] = "100000" });
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

[CollectionDefinition("web")]
public sealed class WebCollection : ICollectionFixture<SharedWebApp>;
