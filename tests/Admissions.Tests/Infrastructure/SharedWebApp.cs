namespace Admissions.Tests.Infrastructure;

/// <summary>One web instance shared by the tests of the <c>web</c> collection.</summary>
public sealed class SharedWebApp : IAsyncLifetime
{
    public WebAppProcess App { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        App = await WebAppProcess.StartAsync();
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

[CollectionDefinition("web")]
public sealed class WebCollection : ICollectionFixture<SharedWebApp>;
