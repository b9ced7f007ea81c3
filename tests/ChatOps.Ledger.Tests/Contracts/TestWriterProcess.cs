using System.Diagnostics;

namespace ChatOps.Ledger.Tests.Contracts;

/// <summary>Starts the TestWriter helper as a real child process.</summary>
internal static class TestWriterProcess
{
    public static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ChatOps.Ledger.TestWriter.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the TestWriter.");
    }

    /// <summary>Waits for a clean exit, failing with the child's error output otherwise.</summary>
    public static async Task ExitCleanlyAsync(this Process process, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(process);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"TestWriter exited {process.ExitCode}: {await stderr} {await stdout}");
    }
}
