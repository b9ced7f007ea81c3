using System.Net;
using System.Text.Json.Nodes;

namespace ChatOps.Host.Tests.Slack;

public sealed class SlackFlowTests
{
    private const string Secret = "test-signing-secret";
    private const string Alice = "U0ALICE01";
    private const string Bob = "U0BOB0002";
    private const string Dave = "U0DAVE004";

    // The button whose action_id is the verb, in the blocks of a posted message.
    private static JsonNode Button(JsonObject posted, string verb) =>
        posted["blocks"]!.AsArray().SelectMany(b => b!["elements"]?.AsArray() ?? []).First(e => e!["action_id"]?.GetValue<string>() == verb)!;

    [Fact]
    public async Task Mention_Draft_Submit_RefusedClicks_Approve_UpdatesTheCard_AndRetriesRunOnce()
    {
        await using var slack = await FakeSlackServer.StartAsync(rateLimitFirstPosts: 1);
        await using var host = await RunningHost.StartAsync("--Slack:SigningSecret", Secret, "--Slack:BotToken", "xoxb-test", "--Slack:ApiBaseUrl", slack.ApiBaseUrl.ToString());
        var signed = new SignedSlack(host.Client, Secret);

        // A mention drafts in the thread; Slack's retry of the same event is accepted but not drafted twice.
        Assert.Equal(HttpStatusCode.OK, (await signed.MentionAsync("Ev001", Alice, "draft customer-update INC-2041 status for EU customers", "1790000000.000001")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await signed.MentionAsync("Ev001", Alice, "draft customer-update INC-2041 status for EU customers", "1790000000.000001")).StatusCode);
        var draftPost = (await slack.WaitForAsync("chat.postMessage", 1))[0];
        Assert.Equal("1790000000.000001", draftPost["thread_ts"]!.GetValue<string>());
        var submit = Button(draftPost, "submit");

        // The drafter submits; the approval card is posted in the thread.
        Assert.Equal(HttpStatusCode.OK, (await signed.ClickAsync(Alice, "submit", submit["value"]!.GetValue<string>(), "1790000001.000100", "1790000002.1")).StatusCode);
        var posts = await slack.WaitForAsync("chat.postMessage", 3);
        var request = posts.Single(p => p["channel"]!.GetValue<string>() == SignedSlack.Channel && p["blocks"]!.ToJsonString().Contains("\"approve\"", StringComparison.Ordinal));
        var approve = Button(request, "approve")["value"]!.GetValue<string>();

        // Someone who is not an approver, and the drafter, are refused with an ephemeral message; nothing is updated.
        await signed.ClickAsync(Dave, "approve", approve, "1790000009.000100", "1790000003.1");
        await signed.ClickAsync(Alice, "approve", approve, "1790000009.000100", "1790000004.1");
        var refusals = await slack.WaitForAsync("chat.postEphemeral", 2);
        Assert.Equal([Dave, Alice], refusals.Select(r => r["user"]!.GetValue<string>()));
        Assert.Empty(slack.Bodies("chat.update"));

        // Each approver also got the card in a direct message.
        var dms = await slack.WaitForAsync("conversations.open", 2);
        Assert.Equal([Bob, "U0CAROL03"], dms.Select(d => d["users"]!.GetValue<string>()).Order());

        // An approver decides; every copy of the card (the thread's, each DM's, the one clicked) shows the decided state.
        await signed.ClickAsync(Bob, "approve", approve, "1790000009.000100", "1790000005.1");
        var updates = await slack.WaitForAsync("chat.update", 4);
        Assert.Contains(updates, u => u["ts"]!.GetValue<string>() == "1790000009.000100");
        Assert.Contains(updates, u => u["channel"]!.GetValue<string>() == "D" + Bob);
        Assert.Contains(updates, u => u["channel"]!.GetValue<string>() == "DU0CAROL03");
        Assert.All(updates, update =>
        {
            Assert.Contains("Approved", update.ToJsonString(), StringComparison.Ordinal);
            Assert.DoesNotContain("\"approve\"", update["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        });

        // One draft in the ledger despite the redelivered event.
        Assert.Single(slack.Bodies("chat.postMessage"), p => p["blocks"]!.ToJsonString().Contains("\"submit\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forgery_Gets401_AndNothingIsQueued()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        await using var host = await RunningHost.StartAsync("--Slack:SigningSecret", Secret, "--Slack:BotToken", "xoxb-test", "--Slack:ApiBaseUrl", slack.ApiBaseUrl.ToString());
        var forged = new SignedSlack(host.Client, "not-the-secret");

        var response = await forged.MentionAsync("Ev002", Alice, "draft customer-update INC-2041", "1790000000.000001");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(500);
        Assert.Empty(slack.Calls);
    }

    [Fact]
    public async Task ThreadChatter_IsNotAnswered_ButACommandInTheThreadIs()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        await using var host = await RunningHost.StartAsync("--Slack:SigningSecret", Secret, "--Slack:BotToken", "xoxb-test", "--Slack:ApiBaseUrl", slack.ApiBaseUrl.ToString());
        var signed = new SignedSlack(host.Client, Secret);

        await signed.ThreadMessageAsync("Ev010", Bob, "the deploy failed again, looking", "1790000001.000100", "1790000000.000001");
        await signed.ThreadMessageAsync("Ev011", Bob, "help", "1790000002.000100", "1790000000.000001");

        var posts = await slack.WaitForAsync("chat.postMessage", 1);
        await Task.Delay(1000);
        Assert.Single(slack.Bodies("chat.postMessage"));
        Assert.Contains("What I can do", posts[0].ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableSlack_DoesNotStopTheHost()
    {
        await using var host = await RunningHost.StartAsync("--Slack:SigningSecret", Secret, "--Slack:BotToken", "xoxb-test", "--Slack:ApiBaseUrl", "http://127.0.0.1:9/api/", "--Slack:MaxRetries", "0", "--Console:Enabled", "true");
        var signed = new SignedSlack(host.Client, Secret);

        Assert.Equal(HttpStatusCode.OK, (await signed.MentionAsync("Ev004", Alice, "help", "1790000000.000001")).StatusCode);
        await Task.Delay(2000);

        // The answer could not be delivered, yet the host still serves and the next request is handled.
        Assert.Equal("Healthy", await host.Client.GetStringAsync(new Uri("/health/live", UriKind.Relative)));
        await host.SayAsync("t", "dave", "help");
        Assert.Equal(2, (await host.EntriesAsync("t", "dave", 2)).Count);
    }

    [Fact]
    public async Task SlackNotConfigured_Answers404()
    {
        await using var host = await RunningHost.StartAsync();

        var response = await new SignedSlack(host.Client, Secret).MentionAsync("Ev003", Alice, "help", "1790000000.000001");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
