using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ChatOps.Core.Ledger;
using static ChatOps.Host.Tests.Journeys.ConsoleCards;

namespace ChatOps.Host.Tests.Journeys;

/// <summary>The platform engineer at a terminal, beside the running host: the kill-switch, the outbox and retention by CLI.</summary>
public sealed class CliJourneyTests
{
    [Fact]
    public async Task PromptOwner_RecordsADraftEvalFromTheCli_AndTheConsolesScorecardCountsItsCoverage()
    {
        await using var host = await RunningHost.StartAsync();
        var before = await host.Client.GetFromJsonAsync<JsonObject>("/console/api/stats");
        Assert.Equal(0, before!["evalCoverage"]!["covered"]!.GetValue<int>());

        var eval = await ChatOpsCli.RunAsync("eval", "drafts", "--set", ChatOpsCli.RepoPath("tests/evalsets/drafting/cases"), "--endpoint", "offline", "--min-pass", "1",
            "--record", "--ledger", host.LedgerPath);
        Assert.True(eval.ExitCode == 0, eval.Output);
        Assert.Contains("recorded 4 prompt-eval record(s) in the ledger, 4 passing", eval.Output, StringComparison.Ordinal);

        // The running host's scorecard judges them against the prompts it drafts with.
        var after = await host.Client.GetFromJsonAsync<JsonObject>("/console/api/stats");
        var coverage = after!["evalCoverage"]!;
        Assert.Equal(4, coverage["covered"]!.GetValue<int>());
        Assert.Equal(
            ["customer-update", "incident-internal", "postmortem", "support-reply"],
            coverage["perWorkflow"]!.AsArray().Where(w => w!["passing"]!.GetValue<bool>()).Select(w => w!["workflow"]!.GetValue<string>()));
        var ledger = host.Services.GetRequiredService<ILedgerStore>();
        Assert.Equal(4, (await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.PromptEval))).Count);
    }

    [Fact]
    public async Task PlatformEngineer_PausesFromTheCli_ListsAndRetriesAFailedWriteBack_AndRunsRetention()
    {
        var blocker = Path.Combine(Path.GetTempPath(), $"chatops-blocker-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(blocker, "not a folder");
        try
        {
            await using var host = await RunningHost.StartAsync("--WriteBack:JournalRoot", Path.Combine(blocker, "journal"), "--Outbox:MaxAttempts", "1");
            const string thread = "cli-journey";
            await host.SayAsync(thread, "alice", "draft customer-update INC-2041 status for EU customers");
            await host.ClickAsync(thread, "alice", Action(Card(await host.EntriesAsync(thread, "alice", 2), 1), "submit"));
            var request = Card(await host.EntriesAsync(thread, "alice", 4), 3);

            // Paused from the terminal: the running host refuses the decision.
            var pause = await ChatOpsCli.RunAsync("workflow", "pause", "customer-update", "--reason", "bad numbers in drafts", "--ledger", host.LedgerPath);
            Assert.True(pause.ExitCode == 0, pause.Output);
            await host.ClickAsync(thread, "bob", Action(request, "approve"));
            Assert.Contains("bad numbers in drafts", Text(await WaitForCardAsync(host, thread, "bob", "decisions wait until it is resumed")), StringComparison.Ordinal);
            var resume = await ChatOpsCli.RunAsync("workflow", "resume", "customer-update", "--ledger", host.LedgerPath);
            Assert.True(resume.ExitCode == 0, resume.Output);

            // Approved; the journal cannot be written, so the write-back fails and the outbox lists it.
            await host.ClickAsync(thread, "bob", Action(request, "approve"));
            await WaitForCardAsync(host, thread, "alice", "Write-back failed");
            var failed = await ChatOpsCli.RunAsync("outbox", "list", "--failed", "--ledger", host.LedgerPath);
            Assert.Contains("failed", failed.Output, StringComparison.Ordinal);
            Assert.Contains("cannot be written", failed.Output, StringComparison.Ordinal);
            var id = failed.Output.Split('\n')[0].Trim().Split(' ')[0];

            File.Delete(blocker);
            var retry = await ChatOpsCli.RunAsync("outbox", "retry", id, "--reason", "journal folder fixed", "--ledger", host.LedgerPath);
            Assert.True(retry.ExitCode == 0, retry.Output);
            await WaitForCardAsync(host, thread, "alice", "is in the journal");

            // Retention by hand: a dry run changes nothing, a run is recorded, and the chain still verifies.
            var dry = await ChatOpsCli.RunAsync("ledger", "retain", "--dry-run", "--ledger", host.LedgerPath);
            Assert.Contains("would redact", dry.Output, StringComparison.Ordinal);
            var run = await ChatOpsCli.RunAsync("ledger", "retain", "--ledger", host.LedgerPath);
            Assert.True(run.ExitCode == 0, run.Output);
            var verify = await ChatOpsCli.RunAsync("ledger", "verify", "--ledger", host.LedgerPath);
            Assert.True(verify.ExitCode == 0, verify.Output);

            var ledger = host.Services.GetRequiredService<ILedgerStore>();
            Assert.Equal(2, (await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.WorkflowSwitched))).Count);
            Assert.Single(await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.WriteBackRetried)));
            Assert.Single(await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.RetentionRun)));
        }
        finally
        {
            if (File.Exists(blocker))
            {
                File.Delete(blocker);
            }
            else if (Directory.Exists(blocker))
            {
                Directory.Delete(blocker, recursive: true);
            }
        }
    }

    [Fact]
    public async Task APauseFromTheCli_ShowsOnTheWaitingCards_AndAPausedWorkflowsWriteBackWaitsUntilItIsResumed()
    {
        var blocker = Path.Combine(Path.GetTempPath(), $"chatops-blocker-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(blocker, "not a folder");
        try
        {
            var journal = Path.Combine(blocker, "journal");
            await using var host = await RunningHost.StartAsync("--WriteBack:JournalRoot", journal, "--Outbox:MaxAttempts", "1");
            const string thread = "cli-pause-cards";
            await host.SayAsync(thread, "alice", "draft customer-update INC-2041 status for EU customers");
            await host.ClickAsync(thread, "alice", Action(Card(await host.EntriesAsync(thread, "alice", 2), 1), "submit"));
            Card(await host.EntriesAsync(thread, "alice", 4), 3);

            // The terminal writes only to the ledger; the running host shows the pause on the waiting card, then the resume.
            Assert.Equal(0, (await ChatOpsCli.RunAsync("workflow", "pause", "customer-update", "--reason", "numbers under review", "--ledger", host.LedgerPath)).ExitCode);
            var paused = await WaitForCardAsync(host, thread, "bob", "numbers under review");
            Assert.Equal("approvalRequest", paused["kind"]!.GetValue<string>());
            Assert.False(HasAction(paused, "approve"));
            Assert.Equal(0, (await ChatOpsCli.RunAsync("workflow", "resume", "customer-update", "--ledger", host.LedgerPath)).ExitCode);
            var resumed = await WaitForAsync(host, thread, "bob", c => c["kind"]!.GetValue<string>() == "approvalRequest" && HasAction(c, "approve"));

            // Approved; the journal cannot be written, so the write-back fails.
            await host.ClickAsync(thread, "bob", Action(resumed, "approve"));
            await WaitForCardAsync(host, thread, "alice", "Write-back failed");
            var id = (await ChatOpsCli.RunAsync("outbox", "list", "--failed", "--ledger", host.LedgerPath)).Output.Split('\n')[0].Trim().Split(' ')[0];

            // Paused again, the cause fixed and the job retried: it waits for the resume and is not written meanwhile.
            Assert.Equal(0, (await ChatOpsCli.RunAsync("workflow", "pause", "customer-update", "--reason", "ticket system migration", "--ledger", host.LedgerPath)).ExitCode);
            File.Delete(blocker);
            Assert.Equal(0, (await ChatOpsCli.RunAsync("outbox", "retry", id, "--reason", "journal folder fixed", "--ledger", host.LedgerPath)).ExitCode);
            string listed = "";
            for (var attempt = 0; attempt < 200 && !listed.Contains("workflow is paused", StringComparison.Ordinal); attempt++)
            {
                await Task.Delay(50);
                listed = (await ChatOpsCli.RunAsync("outbox", "list", "--ledger", host.LedgerPath)).Output;
            }

            Assert.Contains("The customer-update workflow is paused.", listed, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(journal, "customer-update.md")));

            Assert.Equal(0, (await ChatOpsCli.RunAsync("workflow", "resume", "customer-update", "--ledger", host.LedgerPath)).ExitCode);
            await WaitForCardAsync(host, thread, "alice", "is in the journal", timeoutSeconds: 30);
            Assert.Contains("Checkout API", await File.ReadAllTextAsync(Path.Combine(journal, "customer-update.md")), StringComparison.Ordinal);
        }
        finally
        {
            if (File.Exists(blocker))
            {
                File.Delete(blocker);
            }
            else if (Directory.Exists(blocker))
            {
                Directory.Delete(blocker, recursive: true);
            }
        }
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> WaitForAsync(RunningHost host, string thread, string person, Func<System.Text.Json.Nodes.JsonNode, bool> match)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if ((await host.EntriesAsync(thread, person, 0)).Select(e => e?["card"]).LastOrDefault(c => c is not null && match(c)) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No matching card in {thread}.");
    }
}
