using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChatOps.Host.Tests;

/// <summary>The host as a separate process (the built ChatOps.Host.dll), so a test can SIGKILL it mid-stream.</summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> output = new();

    private HostProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the host printed on standard output so far.</summary>
    public IReadOnlyList<string> Output => [.. output];

    public static Task<HostProcess> StartAsync(string ledgerPath) =>
        StartAsync(ledgerPath, "--Console:Burst", "1000", "--Inbox:LeaseSeconds", "2");

    /// <param name="ledgerPath">The SQLite ledger file.</param>
    /// <param name="settings">More settings, as <c>--Key value</c> pairs; <c>--Urls</c> among them replaces the free loopback port.</param>
    public static async Task<HostProcess> StartAsync(string ledgerPath, params string[] settings)
    {
        var port = FreePort();
        string[] urls = settings.Contains("--Urls") ? [] : ["--Urls", $"http://127.0.0.1:{port}"];
        var info = Info([.. urls, "--ConnectionStrings:Ledger", ledgerPath, "--Logging:LogLevel:Default", "Warning", .. settings], null);
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                host.output.Enqueue(e.Data);
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = host.Address };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                if ((await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        host.Dispose();
        throw new TimeoutException("The host process did not become ready.");
    }

    /// <summary>Runs the host with <paramref name="settings"/> (and <paramref name="environment"/>) until it exits by itself (bounded).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunToExitAsync(IReadOnlyDictionary<string, string>? environment, params string[] settings)
    {
        using var process = Process.Start(Info(settings, environment)) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The host did not stop by itself within 90 s.");
        }

        return (process.ExitCode, await output, await error);
    }

    private static ProcessStartInfo Info(IEnumerable<string> settings, IReadOnlyDictionary<string, string>? environment)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(HostDll());
        foreach (var arg in settings)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return info;
    }

    /// <summary>SIGKILL: no shutdown, no flush, exactly what a crash or an OOM kill does.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The host's own build output (same configuration as these tests), which has its prompts and settings beside it.
    private static string HostDll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "ChatOps.Host", "bin", configuration, "net10.0", "ChatOps.Host.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("ChatOps.Host.dll was not found; build src/ChatOps.Host first.");
    }
}
