using Admissions.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Admissions.BrowserTests;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser), and one instance of the site.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;

    public WebAppProcess App { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        App = await WebAppProcess.StartAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_EXECUTABLE") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A new context sized like a small phone, with Vietnamese as its language.</summary>
    public Task<IBrowserContext> NewPhoneContextAsync() => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = 360, Height = 740 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
        Locale = "vi-VN",
        TimezoneId = "Asia/Ho_Chi_Minh",
        BaseURL = App.BaseAddress.ToString(),
    });

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
