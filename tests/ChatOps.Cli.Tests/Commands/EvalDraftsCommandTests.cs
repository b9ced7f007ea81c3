using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Cli.Tests.TestSupport;
using ChatOps.Testing.Models;

namespace ChatOps.Cli.Tests.Commands;

/// <summary><c>chatops eval drafts</c>: the gate for prompts and models, offline and against the scripted loopback model CI uses.</summary>
public sealed class EvalDraftsCommandTests : IDisposable
{
    private const string Key = "sk-eval-loopback";
    private readonly CliSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    private static string Repo(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatOps.sln")))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }

        throw new InvalidOperationException("The repository root was not found above the test binaries.");
    }

    private static string Cases => Repo("tests/evalsets/drafting/cases");

    // The CI settings with both endpoints pointed at this run's loopback server and the key in the settings file.
    private string Settings(LoopbackModelServer server)
    {
        var settings = JsonNode.Parse(File.ReadAllText(Repo("tests/evalsets/drafting/loopback.settings.json")))!;
        foreach (var name in new[] { "small", "large" })
        {
            settings["Drafting"]!["Endpoints"]![name]!["BaseUrl"] = server.BaseAddress.ToString();
            settings["Drafting"]!["Endpoints"]![name]!["ApiKey"] = Key;
        }

        return sandbox.Write("appsettings.json", settings.ToJsonString());
    }

    [Fact]
    public async Task Offline_EveryBundleDraftedAndAccepted_ExitZeroWithARowPerWorkflow()
    {
        var run = await InProcessCli.RunAsync("eval", "drafts", "--set", Cases, "--endpoint", "offline", "--min-pass", "1", "--max-cost", "0");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Contains("on endpoint offline: 4 bundles", run.Stdout, StringComparison.Ordinal);
        foreach (var workflow in new[] { "customer-update", "incident-internal", "postmortem", "support-reply", "all" })
        {
            Assert.Contains(run.Stdout.Split('\n'), l => l.StartsWith(workflow + " ", StringComparison.Ordinal) && l.Contains(" 1.000 ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ScriptedLoopbackModel_RepairsEscalationAndA429_ReportedPerWorkflowWithTokensAndCost()
    {
        await using var server = new LoopbackModelServer(MatchScript.Load(Repo("tests/evalsets/drafting/model-script.json")), ModelApi.OpenAI, Key);

        var run = await InProcessCli.RunAsync("eval", "drafts", "--set", Cases, "--endpoint", "small", "--config", Settings(server),
            "--min-pass", "1", "--max-cost", "0.01", "--max-p95-latency", "60", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(server.Problems);
        using var json = JsonDocument.Parse(run.Stdout);
        var all = json.RootElement.GetProperty("all");
        Assert.Equal((4, 4, 3, 1), (all.GetProperty("bundles").GetInt32(), all.GetProperty("passed").GetInt32(), all.GetProperty("repairs").GetInt32(), all.GetProperty("escalations").GetInt32()));
        Assert.Equal((6660L, 530L), (all.GetProperty("inputTokens").GetInt64(), all.GetProperty("outputTokens").GetInt64()));
        Assert.Equal(0.009255m, all.GetProperty("cost").GetDecimal());
        var support = json.RootElement.GetProperty("workflows").EnumerateArray().Single(w => w.GetProperty("workflow").GetString() == "support-reply");
        Assert.Equal((2, 1), (support.GetProperty("repairs").GetInt32(), support.GetProperty("escalations").GetInt32()));
        // One plain, two for the repaired bundle, three small and one large for the escalated one, two for the 429.
        Assert.Equal(9, server.RequestCount);
    }

    [Fact]
    public async Task ThresholdMissed_ExitOneNamingEachMissedThreshold()
    {
        await using var server = new LoopbackModelServer(MatchScript.Load(Repo("tests/evalsets/drafting/model-script.json")), ModelApi.OpenAI, Key);

        var run = await InProcessCli.RunAsync("eval", "drafts", "--set", Cases, "--endpoint", "small", "--config", Settings(server), "--max-cost", "0.001");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.Equal("chatops: threshold failed: cost 0.009255 is above --max-cost 0.001.", line);
    }

    [Fact]
    public async Task ModelThatNeverCites_PassRateBelowTheMark_ExitOneAndEachBundleSaysWhy()
    {
        await using var server = LoopbackModelServer.Start(ScriptedReply.Draft("Everything is fine now."));

        var run = await InProcessCli.RunAsync("eval", "drafts", "--set", Cases, "--endpoint", "small", "--config", Settings(server), "--min-pass", "0.75");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not passed:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("drf-01 (incident-internal): rejected: uncited-claim", run.Stdout, StringComparison.Ordinal);
        Assert.Equal("chatops: threshold failed: pass rate 0.000 is below --min-pass 0.75.", Assert.Single(run.StderrLines));
    }

    [Fact]
    public async Task UnknownEndpoint_BadInputNamingTheConfiguredOnes()
    {
        var run = await InProcessCli.RunAsync("eval", "drafts", "--set", Cases, "--endpoint", "gpt-5");

        CliAssert.BadInput(run, "--endpoint \"gpt-5\"", "is not a configured endpoint; use one of: offline");
    }

    [Theory]
    [InlineData("--max-p95-latency", "soon", "is not a duration")]
    [InlineData("--max-cost", "-1", "is not an amount of zero or more")]
    [InlineData("--min-pass", "1.5", "is not a fraction between 0 and 1")]
    public async Task BadThreshold_BadInputNamingTheOption(string option, string value, string says)
    {
        var run = await InProcessCli.RunAsync("eval", "drafts", "--set", Cases, "--endpoint", "offline", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(says, run.Stderr, StringComparison.Ordinal);
        Assert.Contains(option, run.Stderr, StringComparison.Ordinal);
    }
}
