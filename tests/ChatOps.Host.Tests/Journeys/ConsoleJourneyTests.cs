using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static ChatOps.Host.Tests.Journeys.ConsoleCards;

namespace ChatOps.Host.Tests.Journeys;

/// <summary>Each user of the product, through the real host on its embedded default, on the console page's API.</summary>
public sealed class ConsoleJourneyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Manager_FindsAThreadInTheLedgerBrowser_ByTheNameTheConsoleShows()
    {
        await using var host = await RunningHost.StartAsync();
        await host.SayAsync("incident-2041", "alice", "draft customer-update INC-2041 status for EU customers");
        await host.EntriesAsync("incident-2041", "alice", 2);
        await host.SayAsync("incident-2042", "alice", "draft customer-update INC-2041 status for EU customers");
        await host.EntriesAsync("incident-2042", "alice", 2);

        foreach (var field in new[] { "thread", "any" })
        {
            var found = await host.Client.GetFromJsonAsync<JsonObject>($"/console/api/ledger/search?field={field}&q=incident-2041");
            var threads = found!["records"]!.AsArray().Select(r => r!["thread"]!.GetValue<string>()).ToArray();
            Assert.NotEmpty(threads);
            Assert.All(threads, t => Assert.Equal("console/console/incident-2041", t));
        }

        var export = await host.Client.GetStringAsync("/console/api/ledger/export?field=thread&q=incident-2041");
        var lines = export.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Contains("console/console/incident-2041", l, StringComparison.Ordinal));
        Assert.Empty((await host.Client.GetFromJsonAsync<JsonObject>("/console/api/ledger/search?field=thread&q=incident"))!["records"]!.AsArray());
    }

    [Fact]
    public async Task IncidentCommander_DraftsEditsWithTheShownMarkers_GetsApproval_AndSeesWhereTheUpdateWent()
    {
        await using var host = await RunningHost.StartAsync();
        const string thread = "ic-journey";
        await host.SayAsync(thread, "alice", "draft customer-update INC-2041 status for EU customers");
        var draft = Card(await host.EntriesAsync(thread, "alice", 2), 1);
        var draftId = Fact(draft, "Draft")!;
        var log = draft["draft"]!["citations"]!.AsArray().First(c => c!["sourceId"]!.GetValue<string>() == "LOG-7")!["number"]!.GetValue<int>();
        var ticket = draft["draft"]!["citations"]!.AsArray().First(c => c!["sourceId"]!.GetValue<string>() == "INC-2041")!["number"]!.GetValue<int>();

        // She rewrites it with the numbers the card shows, and it passes.
        await host.SayAsync(thread, "alice", $"edit {draftId} Checkout API returned errors for 1,200 customers in the EU [{ticket}]. Errors reached 12% of requests from 13:58 to 14:40 UTC [{log}].");
        var edited = Card(await host.EntriesAsync(thread, "alice", 4), 3);
        Assert.Equal("good", edited["tone"]!.GetValue<string>());
        await host.ClickAsync(thread, "alice", Action(edited, "submit"));
        var request = Card(await host.EntriesAsync(thread, "alice", 6), 5);
        Assert.Contains("Bob Brennan", Fact(request, "Waiting for"), StringComparison.Ordinal);
        Assert.Equal("Alice Ahmed", Fact(request, "Drafter"));

        // Bob asks what waits for him: this draft, from Alice by name; Dave, no approver of it, has nothing waiting.
        await host.SayAsync(thread, "bob", "pending");
        var pending = Text(await WaitForCardAsync(host, thread, "bob", "waiting for you"));
        Assert.Contains($"`{draftId}` customer-update (INC-2041) from Alice Ahmed", pending, StringComparison.Ordinal);
        await host.SayAsync(thread, "dave", "pending");
        await WaitForCardAsync(host, thread, "dave", "No draft is waiting for your decision.");

        await host.ClickAsync(thread, "bob", Action(request, "approve"));

        // The thread says where the approved text went, with the link from the journal's receipt; the card says it too.
        var written = await WaitForCardAsync(host, thread, "alice", "is in the journal");
        var said = Text(written);
        Assert.Contains("customer-update.md", said, StringComparison.Ordinal);
        Assert.Contains("file://", said, StringComparison.Ordinal);
        Assert.Contains("no jira credentials", said, StringComparison.Ordinal);
        var decided = await WaitForCardAsync(host, thread, "alice", "Write-back: the journal");
        Assert.Equal("decided", decided["kind"]!.GetValue<string>());

        var journal = await File.ReadAllTextAsync(Path.Combine(host.JournalRoot, "customer-update.md"));
        Assert.Contains("Checkout API returned errors for 1,200 customers in the EU [INC-2041].", journal, StringComparison.Ordinal);
        Assert.Contains("- bob at", journal, StringComparison.Ordinal);
        Assert.Contains("https://logs.example/q/checkout-5xx", journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SupportLead_RejectsWithAReason_TheDrafterRevises_AnotherApproves_AndTierOneMayApproveDespiteFindings()
    {
        await using var host = await RunningHost.StartAsync();
        const string thread = "support-journey";
        await host.SayAsync(thread, "alice", "draft customer-update INC-2041 status for EU customers");
        var draft = Card(await host.EntriesAsync(thread, "alice", 2), 1);
        await host.ClickAsync(thread, "alice", Action(draft, "submit"));
        var request = Card(await host.EntriesAsync(thread, "alice", 4), 3);

        // Carol rejects with a reason; the drafter sees it on the card.
        await host.ClickAsync(thread, "carol", Action(request, "reject"), new() { ["reason"] = "Say when the next update comes." });
        var rejected = await WaitForCardAsync(host, thread, "alice", "Say when the next update comes.");
        Assert.Contains("Rejected", Text(rejected), StringComparison.Ordinal);

        // Alice revises from the shown text; Bob approves the new version.
        var shown = Action(draft, "edit")["input"]!["initialValue"]!.GetValue<string>();
        await host.ClickAsync(thread, "alice", Action(draft, "edit"), new() { ["text"] = shown + "\n\nWe will post the next update by 16:00 UTC." });
        var revised = Card(await host.EntriesAsync(thread, "alice", 6), 5);
        Assert.Equal("good", revised["tone"]!.GetValue<string>());
        Assert.NotEqual(Fact(draft, "Version"), Fact(revised, "Version"));
        await host.ClickAsync(thread, "alice", Action(revised, "submit"));
        var second = await WaitForCardAsync(host, thread, "bob", "Approval requested");
        await host.ClickAsync(thread, "bob", Action(second, "approve"));
        await WaitForCardAsync(host, thread, "alice", "is in the journal");

        // At tier 2 nobody may approve despite findings: the refusal names the rule.
        await host.SayAsync(thread, "carol", $"override {Fact(draft, "Draft")} the numbers are right");
        var refused = await WaitForCardAsync(host, thread, "carol", "tiers 0–1");
        Assert.Equal("Not done", refused["title"]!.GetValue<string>());

        // At tier 1 (support-reply) a support lead approves a rejected draft from the card, saying why.
        const string ticketThread = "support-reply";
        await host.SayAsync(ticketThread, "alice", "draft support-reply INC-2041 reply to the customer");
        await host.EntriesAsync(ticketThread, "alice", 2);
        await host.SayAsync(ticketThread, "alice", $"edit The outage probably affected everyone [1].");
        var findings = await WaitForCardAsync(host, ticketThread, "alice", "rejected:");
        await host.ClickAsync(ticketThread, "carol", Action(findings, "override"), new() { ["reason"] = "The customer asked for our best guess; it is labelled as such in the reply." });
        var overridden = await WaitForCardAsync(host, ticketThread, "carol", "Approved despite findings");
        Assert.Contains("best guess", Text(overridden), StringComparison.Ordinal);
        var ledger = host.Services.GetRequiredService<ILedgerStore>();
        var record = Assert.Single(await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.CheckOverride)));
        Assert.Contains("\"by\":\"carol\"", record.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manager_AsksWhoApproved_AndReadsTheTrail()
    {
        await using var host = await RunningHost.StartAsync();
        const string thread = "manager-journey";
        await host.SayAsync(thread, "alice", "draft customer-update INC-2041 status for EU customers");
        var draft = Card(await host.EntriesAsync(thread, "alice", 2), 1);
        await host.ClickAsync(thread, "alice", Action(draft, "submit"));
        await host.ClickAsync(thread, "carol", Action(Card(await host.EntriesAsync(thread, "alice", 4), 3), "approve"));
        await WaitForCardAsync(host, thread, "dave", "is in the journal");

        await host.SayAsync(thread, "dave", "who approved INC-2041");
        var who = await WaitForCardAsync(host, thread, "dave", "Who approved ticket INC-2041");
        Assert.Contains("**Carol Chen**", Text(who), StringComparison.Ordinal);
        Assert.Contains("Prompt customer-update", Text(who), StringComparison.Ordinal);

        await host.SayAsync(thread, "dave", $"history {Fact(draft, "Draft")}");
        var trail = Text(await WaitForCardAsync(host, thread, "dave", "History of"));
        foreach (var kind in new[] { "draft-created", "check-result", "approval-requested", "decision", "write-back" })
        {
            Assert.Contains($"**{kind}**", trail, StringComparison.Ordinal);
        }

        // People are named as the policy shows them, not by their ledger ids.
        Assert.Contains("by Alice Ahmed", trail, StringComparison.Ordinal);
        Assert.Contains("by Carol Chen", trail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlatformEngineer_PausesAWorkflow_RunsRetention_AndResumes()
    {
        await using var host = await RunningHost.StartAsync();
        const string thread = "platform-journey";
        await host.SayAsync(thread, "alice", "draft customer-update INC-2041 status for EU customers");
        var draft = Card(await host.EntriesAsync(thread, "alice", 2), 1);
        await host.ClickAsync(thread, "alice", Action(draft, "submit"));
        var request = Card(await host.EntriesAsync(thread, "alice", 4), 3);

        // Only the roles in controls.pause may pause.
        await host.SayAsync(thread, "carol", "pause customer-update I do not like it");
        Assert.Contains("controls.pause", Text(await WaitForCardAsync(host, thread, "carol", "Not done")), StringComparison.Ordinal);

        await host.SayAsync(thread, "dave", "pause customer-update wrong ticket numbers in drafts");
        await WaitForCardAsync(host, thread, "dave", "Paused: customer-update");
        var paused = await WaitForCardAsync(host, thread, "bob", "Decisions wait until the");
        Assert.Equal("approvalRequest", paused["kind"]!.GetValue<string>());
        Assert.Empty(paused["actions"]!.AsArray());

        // Paused: nothing is drafted and the waiting approval cannot be decided.
        await host.SayAsync(thread, "alice", "draft customer-update INC-2041 another one");
        Assert.Contains("nothing was drafted", Text(await WaitForCardAsync(host, thread, "alice", "nothing was drafted")), StringComparison.Ordinal);
        await host.ClickAsync(thread, "bob", Action(request, "approve"));
        await WaitForCardAsync(host, thread, "bob", "decisions wait until it is resumed");

        await host.SayAsync(thread, "dave", "resume customer-update");
        await WaitForCardAsync(host, thread, "dave", "Resumed: customer-update");
        // The "Resumed" note and the approval card's update are delivered by separate jobs: until the update lands,
        // the card in the thread is still the paused one (same title, no buttons).
        var again = await WaitForCardAsync(host, thread, "bob", "Approval requested");
        for (var attempt = 0; attempt < 200 && again["actions"]!.AsArray().Count == 0; attempt++)
        {
            await Task.Delay(50);
            again = await WaitForCardAsync(host, thread, "bob", "Approval requested");
        }

        Assert.NotEmpty(again["actions"]!.AsArray());
        await host.ClickAsync(thread, "bob", Action(again, "approve"));
        await WaitForCardAsync(host, thread, "alice", "is in the journal");

        var ledger = host.Services.GetRequiredService<ILedgerStore>();
        var switches = await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.WorkflowSwitched));
        Assert.Equal(2, switches.Count);
        Assert.Contains("\"by\":\"dave\"", switches[0].Payload, StringComparison.Ordinal);
        Assert.Contains("wrong ticket numbers", switches[0].Payload, StringComparison.Ordinal);

        // Retention from chat, by the platform role: a dry run, then a run that is recorded; the chain still verifies.
        await host.SayAsync(thread, "dave", "retain --dry-run");
        Assert.Contains("would redact", Text(await WaitForCardAsync(host, thread, "dave", "Retention (dry run)")), StringComparison.Ordinal);
        await host.SayAsync(thread, "dave", "retain");
        await WaitForCardAsync(host, thread, "dave", "Retention run");
        Assert.Single(await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.RetentionRun)));
        var verify = await host.Client.GetFromJsonAsync<JsonObject>("/console/api/ledger/verify");
        Assert.Null(verify!["problem"]);
    }

    [Fact]
    public async Task PlatformEngineer_SeesAFailedWriteBackInTheThread_AndRetriesIt()
    {
        // A journal folder that cannot be created (a file stands in its way) fails every write-back on the embedded default.
        var blocker = Path.Combine(Path.GetTempPath(), $"chatops-blocker-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(blocker, "not a folder");
        try
        {
            await using var host = await RunningHost.StartAsync("--WriteBack:JournalRoot", Path.Combine(blocker, "journal"), "--Outbox:MaxAttempts", "1");
            const string thread = "failed-write-back";
            await host.SayAsync(thread, "alice", "draft customer-update INC-2041 status for EU customers");
            var draft = Card(await host.EntriesAsync(thread, "alice", 2), 1);
            await host.ClickAsync(thread, "alice", Action(draft, "submit"));
            var request = Card(await host.EntriesAsync(thread, "alice", 4), 3);

            var clock = Stopwatch.StartNew();
            await host.ClickAsync(thread, "bob", Action(request, "approve"));
            var failed = await WaitForCardAsync(host, thread, "bob", "Write-back failed");
            output.WriteLine($"failed write-back visible in the thread {clock.ElapsedMilliseconds} ms after the approving click");
            Assert.Contains("cannot be written", Text(failed), StringComparison.Ordinal);
            Assert.True(HasAction(failed, "retry"));
            var outbox = host.Services.GetRequiredService<ChatOps.Core.Jobs.IJobQueue>();
            var job = Assert.Single(await outbox.ListAsync(failedOnly: true));
            Assert.Equal("failed", job.State);

            // The cause is fixed; an approver retries from the card and the thread says where the text went.
            File.Delete(blocker);
            await host.ClickAsync(thread, "bob", Action(failed, "retry"));
            await WaitForCardAsync(host, thread, "bob", "is in the journal");
            // The thread is told before the job is marked done (so the notice is never lost): the job finishes right after.
            for (var attempt = 0; attempt < 100 && (await outbox.ListAsync(failedOnly: false)).Any(j => j.Kind == JobKinds.WriteBack); attempt++)
            {
                await Task.Delay(50);
            }

            Assert.DoesNotContain(await outbox.ListAsync(failedOnly: false), j => j.Kind == JobKinds.WriteBack);
            var ledger = host.Services.GetRequiredService<ILedgerStore>();
            Assert.Single(await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.WriteBackRetried)));
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
}
