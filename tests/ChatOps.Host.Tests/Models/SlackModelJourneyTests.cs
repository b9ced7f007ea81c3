using System.Net;
using ChatOps.Host.Tests.Slack;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Host.Tests.Models;

/// <summary>The governed model gateway from Slack: escalation after failed repairs, and a rate limit answered with patience.</summary>
public sealed class SlackModelJourneyTests
{
    private const string Secret = "test-signing-secret";
    private const string Alice = "U0ALICE01";

    private static string[] SlackArgs(FakeSlackServer slack) =>
        ["--Slack:SigningSecret", Secret, "--Slack:BotToken", "xoxb-test", "--Slack:ApiBaseUrl", slack.ApiBaseUrl.ToString()];

    [Fact]
    public async Task ReplyNeverFixed_EscalatedToTheLargerEndpoint_Accepted()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        await using var small = LoopbackModelServer.Start(ScriptedReply.Draft(ModelArgs.UncitedDraft, 900, 40));
        await using var large = LoopbackModelServer.Start(ScriptedReply.Draft(ModelArgs.GoodDraft, 1300, 300));
        await using var host = await RunningHost.StartAsync([.. SlackArgs(slack), .. ModelArgs.Shortcut(small, ModelArgs.KeyFile()), .. ModelArgs.Escalation(large)]);

        var ack = await new SignedSlack(host.Client, Secret).MentionAsync("Ev501", Alice, "draft customer-update INC-2041 status for EU customers", "1790000501.000100");
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var post = (await slack.WaitForAsync("chat.postMessage", 1))[0];

        // The small model's first draft and both repairs were rejected; the escalation endpoint's draft passed.
        Assert.Equal((3, 1), (small.RequestCount, large.RequestCount));
        var blocks = post["blocks"]!.ToJsonString();
        Assert.Contains("\"submit\"", blocks, StringComparison.Ordinal);
        Assert.Contains("gpt-4o (endpoint escalation, owner Lee Park)", blocks, StringComparison.Ordinal);
        Assert.Contains("4 (2 repairs, escalated to escalation)", blocks, StringComparison.Ordinal);
        var calls = await ModelArgs.ModelCallsAsync(host.Services);
        Assert.Equal(["draft:default", "repair:default", "repair:default", "escalation:escalation"],
            calls.Select(c => $"{c["purpose"]!.GetValue<string>()}:{c["endpoint"]!.GetValue<string>()}"));
        var created = await ModelArgs.DraftCreatedAsync(host.Services);
        Assert.Equal(("escalation", "4"), (created["model_id"]!.GetValue<string>(), created["model_settings"]!["attempts"]!.GetValue<string>()));
        Assert.Empty(small.Problems);
        Assert.Empty(large.Problems);
    }

    [Fact]
    public async Task RateLimitedOnce_WaitsForRetryAfter_ThenOneDraftIsPosted()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        await using var model = LoopbackModelServer.Start(ScriptedReply.Error(429, retryAfter: "1"), ScriptedReply.Draft(ModelArgs.GoodDraft));
        await using var host = await RunningHost.StartAsync([.. SlackArgs(slack), .. ModelArgs.Shortcut(model, ModelArgs.KeyFile())]);

        await new SignedSlack(host.Client, Secret).MentionAsync("Ev429", Alice, "draft incident-internal INC-2041 internal status", "1790000429.000100");
        var post = (await slack.WaitForAsync("chat.postMessage", 1))[0];
        await Task.Delay(500);

        Assert.Single(slack.Bodies("chat.postMessage"));
        Assert.Contains("\"submit\"", post["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("2 (1 failed call)", post["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(2, model.RequestCount);
        var calls = await ModelArgs.ModelCallsAsync(host.Services);
        Assert.Equal(["failed: rate-limited (HTTP 429)", "ok"], calls.Select(c => c["outcome"]!.GetValue<string>()));
    }

    [Fact]
    public async Task RateLimitedBeyondTheDraftsPatience_RequestKept_ThenDraftedOnItsNextRun()
    {
        // No retries within a draft: the 429 ends the first run, the thread is told, and the kept request drafts later.
        await using var slack = await FakeSlackServer.StartAsync();
        await using var model = LoopbackModelServer.Start(ScriptedReply.Error(429, retryAfter: "1"), ScriptedReply.Draft(ModelArgs.GoodDraft));
        await using var host = await RunningHost.StartAsync([.. SlackArgs(slack), .. ModelArgs.Shortcut(model, ModelArgs.KeyFile()), "--Model:MaxRetries", "0"]);

        await new SignedSlack(host.Client, Secret).MentionAsync("Ev430", Alice, "draft incident-internal INC-2041 internal status", "1790000430.000100");
        var posts = await slack.WaitForAsync("chat.postMessage", 3);

        Assert.Contains("is rate-limiting us (HTTP 429)", posts[0].ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Kept for later", posts[1].ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("\"submit\"", posts[2]["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(2, model.RequestCount);
    }

    [Fact]
    public async Task FirstPostRefused_TheFinishedAnswerIsSentAgain_TheModelIsAskedOnce()
    {
        // Slack refuses the draft's first post: the answer is kept as a deliver-reply job and sent again, not drafted again.
        await using var slack = await FakeSlackServer.StartAsync();
        slack.Refuse("chat.postMessage", 1);
        await using var model = LoopbackModelServer.Start(ScriptedReply.Draft(ModelArgs.GoodDraft), ScriptedReply.Draft(ModelArgs.GoodDraft));
        await using var host = await RunningHost.StartAsync([.. SlackArgs(slack), .. ModelArgs.Shortcut(model, ModelArgs.KeyFile())]);

        var ack = await new SignedSlack(host.Client, Secret).MentionAsync("Ev601", Alice, "draft incident-internal INC-2041 internal status", "1790000601.000100");
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var post = (await slack.WaitForAsync("chat.postMessage", 1))[0];
        await Task.Delay(1500);

        Assert.Equal(1, slack.Refused);
        Assert.Single(slack.Bodies("chat.postMessage"));
        Assert.Contains("\"submit\"", post["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(1, model.RequestCount);
        Assert.Single(await host.Services.GetRequiredService<ChatOps.Core.Ledger.ILedgerStore>().QueryAsync(new ChatOps.Core.Ledger.LedgerQuery(Kind: ChatOps.Core.Ledger.LedgerRecordKinds.DraftCreated)));
    }
}
