using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Admissions.Tests.Infrastructure;

/// <summary>
/// One instance of the real web application, started as its own process on a free loopback port (IPv4 and IPv6),
/// against the test database. Everything it logs is kept so that tests can check what the logs contain.
/// </summary>
public sealed class WebAppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private WebAppProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public Uri Ipv6BaseAddress => new($"http://[::1]:{Port}/");

    /// <summary>Everything the process wrote to standard output and standard error so far.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts an instance; <paramref name="settings"/> are extra configuration values such as <c>RateLimits__LookupsPerAddressPerMinute</c>.</summary>
    public static async Task<WebAppProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null, int? port = null)
    {
        var chosenPort = port ?? FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WebAssemblyPath());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{chosenPort};http://[::1]:{chosenPort}");

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__ConnectionString"] = TestEnvironment.ConnectionString;
        start.Environment["Redis__Configuration"] = TestEnvironment.RedisConfiguration;
        start.Environment["Security__DataProtectionKeysPath"] = Path.Combine(Path.GetTempPath(), "admissions-test-keys");
        start.Environment["Season__PublicBaseUrl"] = $"http://127.0.0.1:{chosenPort}";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        start.Environment["Logging__Console__FormatterName"] = "simple";

        // Every test comes from 127.0.0.1 and instances share the Redis counter, so the per-address limit is
        // raised unless a test sets it; the limit itself is tested with a Redis of its own.
        start.Environment["RateLimits__LookupsPerAddressPerMinute"] = "100000";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        // The schema must exist before the application reads its keys from it.
        _ = TestEnvironment.DataSource;

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the web application.");
        var app = new WebAppProcess(process, chosenPort);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        await app.WaitUntilLiveAsync();
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private async Task WaitUntilLiveAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The web application exited with code {process.ExitCode}:\n{Output}");
            }

            try
            {
                var response = await client.GetAsync(new Uri(BaseAddress, "health/live"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The web application did not answer /health/live within 60 s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string WebAssemblyPath()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release"
            : "Debug";
        var path = Path.Combine(TestEnvironment.RepositoryRoot, "src", "Admissions.Web", "bin", configuration, "net10.0", "Admissions.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the web application first.", path);
    }
}
