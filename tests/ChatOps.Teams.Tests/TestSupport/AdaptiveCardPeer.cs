using System.Diagnostics;
using System.Text.Json.Nodes;

namespace ChatOps.Teams.Tests.TestSupport;

/// <summary>Runs tests/peers/adaptive/render-cards.mjs: the official adaptivecards library in Debian's headless Chromium.</summary>
internal static class AdaptiveCardPeer
{
    public static async Task<JsonArray> RenderAsync(string outDir, IReadOnlyList<string> cardFiles)
    {
        var peer = RepoPaths.Of("tests", "peers", "adaptive");
        if (!Directory.Exists(Path.Combine(peer, "node_modules", "adaptivecards")) || !File.Exists("/usr/bin/chromium"))
        {
            throw new InvalidOperationException("The adaptive card peer is not installed: bash tests/run-all.sh installs it (.ci/install-teams.sh).");
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = peer };
        start.ArgumentList.Add(Path.Combine(peer, "render-cards.mjs"));
        start.ArgumentList.Add(outDir);
        foreach (var file in cardFiles)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"render-cards.mjs exited {process.ExitCode}: {await stderr}");
        }

        return JsonNode.Parse(await stdout)!.AsArray();
    }
}
