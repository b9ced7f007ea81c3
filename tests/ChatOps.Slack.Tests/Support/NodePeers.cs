using System.Diagnostics;

namespace ChatOps.Slack.Tests.Support;

/// <summary>Runs the scripts in <c>tests/peers/slack</c> (Slack's own npm packages, installed by <c>.ci/install-slack.sh</c>).</summary>
public static class NodePeers
{
    /// <summary>A guard against a hung child process, not a measurement.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(3);

    public static string Directory { get; } = Find();

    /// <summary>Runs a command in the peers directory; returns exit code, stdout and stderr.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string fileName, IEnumerable<string> arguments, string? input = null)
    {
        if (!File.Exists(Path.Combine(Directory, "node_modules", "@slack", "bolt", "package.json")))
        {
            throw new InvalidOperationException($"Slack's npm packages are not installed in {Directory}: bash tests/run-all.sh installs them (.ci/install-slack.sh).");
        }

        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        using var guard = new CancellationTokenSource(Guard);
        await process.WaitForExitAsync(guard.Token);
        return (process.ExitCode, await output, await error);
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "peers", "slack");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("tests/peers/slack not found above the test binaries.");
    }
}
