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
    public async Task Record_APromptEvalPerWorkflow_PassingOrNot_TheScorecardCountsThePassingOnes()
    {
        var ledger = Path.Combine(sandbox.Directory, "ledger.db");
        (await ChatOps.Ledger.Sqlite.SqliteLedgerStore.OpenAsync(ledger, TimeProvider.System)).Dispose();

        var offline = await InProcessCli.RunAsync("eval", "drafts", "--set", Cases, "--endpoint", "offline", "--min-pass", "1", "--record", "--ledger", ledger);
        await using (var server = LoopbackModelServer.Start(ScriptedReply.Draft("Everything is fine now.")))
        {
            // A later run of a model that never cites: its records say not passed, and the earlier passing ones still count.
            var failing = await InProcessCli.RunAsync("eval", "drafts", "--set", Cases, "--endpoint", "small", "--config", Settings(server), "--min-pass", "0.75", "--record", "--ledger", ledger);
            Assert.Equal(1, failing.ExitCode);
            Assert.Contains("recorded 4 prompt-eval record(s) in the ledger, 0 passing", failing.Stderr, StringComparison.Ordinal);
        }

        var stats = await InProcessCli.RunAsync("stats", "--format", "json", "--ledger", ledger);

        Assert.Equal(0, offline.ExitCode);
        Assert.Equal("recorded 4 prompt-eval record(s) in the ledger, 4 passing (sequence 1–4).", Assert.Single(offline.StderrLines));
        var coverage = JsonNode.Parse(stats.Stdout)!["evalCoverage"]!;
        Assert.Equal(4, coverage["covered"]!.GetValue<int>());
        var perWorkflow = coverage["perWorkflow"]!.AsArray().ToDictionary(w => w!["workflow"]!.GetValue<string>(), w => w!);
        Assert.Equal((true, 1L, 2L), (perWorkflow["postmortem"]["passing"]!.GetValue<bool>(), perWorkflow["postmortem"]["passingRuns"]!.GetValue<long>(), perWorkflow["postmortem"]["runs"]!.GetValue<long>()));
        Assert.False(perWorkflow["security-exception"]["passing"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Record_WithoutAPassMark_BadInputBeforeAnyDrafting()
    {
        var run = await InProcessCli.RunAsync("eval", "drafts", "--set", Cases, "--endpoint", "offline", "--record", "--ledger", Path.Combine(sandbox.Directory, "none.db"));

        CliAssert.BadInput(run, "--record needs --min-pass", "give the pass rate it must reach");
    }

    [Fact]
    public async Task Record_ToALedgerThatIsNotThere_BadInputBeforeAnyDrafting()
    {
        var run = await InProcessCli.RunAsync("eval", "drafts", "--set", Cases, "--endpoint", "offline", "--min-pass", "1", "--record", "--ledger", Path.Combine(sandbox.Directory, "none.db"));

        CliAssert.BadInput(run, "--ledger", "no ledger file there");
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
