using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatOps.Core.Jobs;
using ChatOps.Core.Ledger;
using ChatOps.Host.Tests.Slack;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Host.Tests.Journeys;

/// <summary>
/// A Slack approval click is decided while Slack waits for its 200, as a Teams click is: the ledger holds the decision
/// before any worker runs, and only what follows from it (the card updates, the thread's note, the write-back) waits
/// for a worker. Three hosts share one SQLite ledger in turn: one drafts, one without workers takes the click, one
/// with workers delivers, and takes Slack's redelivery of the same click.
/// </summary>
public sealed class SlackClickJourneyTests : IDisposable
{
    private const string Root = "1790000000.000001";
    private readonly string folder = Directory.CreateTempSubdirectory("chatops-click-").FullName;

    [Fact]
    public async Task AnApprovalClick_IsInTheLedgerWhenSlackGetsIts200_WithWorkersOff_AndTheCardsAreUpdatedOnceWorkersRun_AndARedeliveryDecidesNothingTwice()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        var bobsDm = "D" + SlackRig.Bob;

        // Alice drafts and submits; the approvers get their cards. Nothing is left for a worker afterwards.
        var carolsDm = "D" + SlackRig.Carol;
        string draftId, approve, bobsTs, carolsTs, threadCardTs;
        await using (var drafting = await StartAsync(slack, workers: true))
        {
            var signed = new SignedSlack(drafting.Client, SlackRig.Secret);
            await signed.MentionAsync("Ev-ci1", SlackRig.Alice, "draft customer-update INC-2041 status for EU customers", Root);
            var draft = (await slack.WaitForAsync("chat.postMessage", 1))[0];
            var submit = SlackRig.Button(draft, "submit")["value"]!.GetValue<string>();
            draftId = JsonNode.Parse(submit)!["data"]!["draft"]!.GetValue<string>();
            await signed.ClickAsync(SlackRig.Alice, "submit", submit, "1790000001.000100", "1790000002.1");
            var posts = await slack.WaitForAsync("chat.postMessage", 5);
            var dmIndex = posts.ToList().FindIndex(p => p["channel"]!.GetValue<string>() == bobsDm);
            approve = SlackRig.Button(posts[dmIndex], "approve")["value"]!.GetValue<string>();
            bobsTs = slack.PostedTs[dmIndex];
            carolsTs = slack.PostedTs[posts.ToList().FindIndex(p => p["channel"]!.GetValue<string>() == carolsDm)];
            threadCardTs = slack.PostedTs[posts.ToList().FindIndex(p => p["channel"]!.GetValue<string>() == SignedSlack.Channel && p["blocks"]!.ToJsonString().Contains("\"approve\"", StringComparison.Ordinal))];
            await DrainedAsync(drafting);
        }

        await using (var ingest = await StartAsync(slack, workers: false))
        {
            var signed = new SignedSlack(ingest.Client, SlackRig.Secret);
            var recordsBefore = (await StepsAsync(ingest, draftId)).Count;

            // The drafter's own click is refused and changes nothing in the ledger.
            Assert.Equal(HttpStatusCode.OK, (await signed.ClickAsync(SlackRig.Alice, "approve", approve, threadCardTs, "1790000003.1")).StatusCode);
            Assert.Equal(recordsBefore, (await StepsAsync(ingest, draftId)).Count);

            // Bob approves from his DM: when Slack has its 200 the decision is in the ledger, though no worker runs here.
            Assert.Equal(HttpStatusCode.OK, (await signed.ClickAsync(SlackRig.Bob, "approve", approve, bobsTs, "1790000005.1", channel: bobsDm)).StatusCode);
            var decision = Assert.Single(await StepsAsync(ingest, draftId), s => s!["kind"]!.GetValue<string>() == LedgerRecordKinds.Decision);
            Assert.StartsWith("approved by", decision!["summary"]!.GetValue<string>(), StringComparison.Ordinal);

            // What follows waits on the job queue for a worker: no card was touched yet. The decision's news was queued
            // by the decision's own append, ahead of the write-back it started, so it cannot be lost to a crash after
            // the decision, and the thread reads "Approved" before "Written back".
            var queue = ingest.Services.GetRequiredService<IJobQueue>();
            var jobs = await queue.ListAsync(failedOnly: false);
            var notice = Assert.Single(jobs, j => j.Kind == JobKinds.DecisionNotice);
            Assert.True(notice.Id < Assert.Single(jobs, j => j.Kind == JobKinds.WriteBack).Id, "the decision's news is queued before its write-back");
            Assert.Empty(slack.Bodies("chat.update"));
            Assert.Empty(slack.Bodies("chat.postEphemeral"));
        }

        await using (var worker = await StartAsync(slack, workers: true))
        {
            // Slack delivers the same click again, to an instance that has not seen it: the core recognises it.
            var signed = new SignedSlack(worker.Client, SlackRig.Secret);
            Assert.Equal(HttpStatusCode.OK, (await signed.ClickAsync(SlackRig.Bob, "approve", approve, bobsTs, "1790000005.1", channel: bobsDm)).StatusCode);

            // The worker delivers: every copy of the card says Approved, the drafter hears why she was refused, the
            // thread is told once, and the approved text is written back.
            var updates = await slack.WaitForAsync("chat.update", 3);
            Assert.All(updates, u => Assert.Contains("Approved", u.ToJsonString(), StringComparison.Ordinal));
            Assert.Contains(updates, u => u["channel"]!.GetValue<string>() == SignedSlack.Channel);
            Assert.Contains(updates, u => u["channel"]!.GetValue<string>() == bobsDm);
            Assert.Contains(updates, u => u["channel"]!.GetValue<string>() == carolsDm);
            var refusal = Assert.Single(await slack.WaitForAsync("chat.postEphemeral", 1));
            Assert.Equal(SlackRig.Alice, refusal["user"]!.GetValue<string>());
            Assert.Contains("You drafted this", refusal.ToJsonString(), StringComparison.Ordinal);
            await WaitForPostAsync(slack, "is in the journal");
            await DrainedAsync(worker);

            // One decision, one note of it in the thread, and each copy of the card updated once for the decision and
            // once for the write-back: the redelivered click queued nothing.
            Assert.Single(await StepsAsync(worker, draftId), s => s!["kind"]!.GetValue<string>() == LedgerRecordKinds.Decision);
            Assert.Single(slack.Bodies("chat.postMessage"), p => p.ToJsonString().Contains("Approved: customer-update", StringComparison.Ordinal));
            var thread = slack.Bodies("chat.postMessage").Select(p => p.ToJsonString()).ToList();
            Assert.True(thread.FindIndex(p => p.Contains("Approved: customer-update", StringComparison.Ordinal)) < thread.FindIndex(p => p.Contains("is in the journal", StringComparison.Ordinal)),
                "the thread is told of the decision before its write-back");
            Assert.Equal(6, slack.Bodies("chat.update").Count);

            // Carol clicks her copy's stale button: the draft is already decided, she is told so, and nothing changes.
            var recordsAfter = (await StepsAsync(worker, draftId)).Count;
            Assert.Equal(HttpStatusCode.OK, (await signed.ClickAsync(SlackRig.Carol, "approve", approve, carolsTs, "1790000007.1", channel: carolsDm)).StatusCode);
            Assert.Equal(recordsAfter, (await StepsAsync(worker, draftId)).Count);
            var late = (await slack.WaitForAsync("chat.postEphemeral", 2))[1];
            Assert.Equal(SlackRig.Carol, late["user"]!.GetValue<string>());
            Assert.Contains("not waiting for a decision: it is approved", late.ToJsonString(), StringComparison.Ordinal);
            await DrainedAsync(worker);
            Assert.Equal(6, slack.Bodies("chat.update").Count);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private Task<RunningHost> StartAsync(FakeSlackServer slack, bool workers) => RunningHost.StartAsync(SlackRig.HostArgs(slack,
        "--ConnectionStrings:Ledger", Path.Combine(folder, "ledger.db"), "--WriteBack:JournalRoot", Path.Combine(folder, "journal"),
        "--Inbox:Workers", workers ? "true" : "false", "--Console:Enabled", "true"));

    // The draft's trail, as the console's ledger browser shows it (served on this machine beside Slack when asked for).
    private static async Task<JsonArray> StepsAsync(RunningHost host, string draftId) =>
        (await host.Client.GetFromJsonAsync<JsonObject>($"/console/api/ledger/drafts/{draftId}"))!["steps"]!.AsArray();

    // No chat job is left to run, so the next host does not take one over half done.
    private static async Task DrainedAsync(RunningHost host)
    {
        var queue = host.Services.GetRequiredService<IJobQueue>();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (!(await queue.ListAsync(failedOnly: false)).Any(j => JobKinds.IsConversation(j.Kind)))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("Chat jobs were still waiting after 15 s.");
    }

    private static async Task WaitForPostAsync(FakeSlackServer slack, string words)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (slack.Bodies("chat.postMessage").Any(p => p.ToJsonString().Contains(words, StringComparison.Ordinal)))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No chat.postMessage said \"{words}\".");
    }
}
