using System.Net;
using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;
using Microsoft.Extensions.DependencyInjection;
using static ChatOps.Host.Tests.Teams.TeamsCards;

namespace ChatOps.Host.Tests.Teams;

/// <summary>The whole Teams flow through the real host, with JWT validation on and a loopback Bot Connector.</summary>
public sealed class TeamsFlowTests
{
    // Teams ids as the shipped policy names them (alice drafts; bob and carol approve customer updates; dave does not).
    private static readonly TeamsRig.Person Alice = new("29:1alice", "2f1c6a7e-1b55-4a8e-9e55-0a1b2c3d4e01", "Alice");
    private static readonly TeamsRig.Person Bob = new("29:1bob", "2f1c6a7e-1b55-4a8e-9e55-0a1b2c3d4e02", "Bob");
    private static readonly TeamsRig.Person Carol = new("29:1carol", "2f1c6a7e-1b55-4a8e-9e55-0a1b2c3d4e03", "Carol");
    private static readonly TeamsRig.Person Dave = new("29:1dave", "0d0d0d0d-0000-4000-8000-00000000dave", "Dave");

    [Fact]
    public async Task Draft_Submit_RefusedClicks_Approve_PutsTheDecidedCard_AndADuplicateIsRecordedOnce()
    {
        await using var rig = await TeamsRig.StartAsync();

        // The approvers have talked to the bot before, so it knows their Teams ids for the card's refresh and their 1:1 chats.
        Assert.Equal(HttpStatusCode.OK, (await rig.PostAsync(rig.Message("m-bob", Bob, "help"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await rig.PostAsync(rig.Message("m-carol", Carol, "help"))).StatusCode);
        await rig.CallsAsync(c => c.Method == "POST", 2);

        // A mention drafts in the thread; the Connector's redelivery of the same activity is not drafted twice.
        var mention = rig.Message("m-draft", Alice, "draft customer-update INC-2041 status for EU customers");
        Assert.Equal(HttpStatusCode.OK, (await rig.PostAsync(mention)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await rig.PostAsync(mention)).StatusCode);
        var draftReply = (await rig.CallsAsync(c => c.RawTarget.EndsWith("/activities/m-draft", StringComparison.Ordinal), 1)).Single();
        Assert.StartsWith("Bearer test-access-token-", draftReply.Authorization, StringComparison.Ordinal);
        var draft = JsonNode.Parse(draftReply.Body)!.AsObject();
        AssertAiDraftWithCitations(draft);
        var submit = ActionData(Card(draft), "submit");

        // The drafter submits: a note and the approval card in the thread, read-only and refreshed for the approvers.
        var submitted = await InvokeAsync(rig, rig.Click("i-submit", Alice, "1700000009999", "submit", submit));
        Assert.Equal("application/vnd.microsoft.activity.message", submitted["type"]!.GetValue<string>());
        var approvalPost = (await rig.CallsAsync(c => c.Method == "POST" && c.RawTarget.Contains("ops-room", StringComparison.Ordinal) && c.Body.Contains("\"refresh\"", StringComparison.Ordinal), 1)).First();
        var approvalCard = Card(JsonNode.Parse(approvalPost.Body)!.AsObject());
        Assert.Equal([Bob.ChannelUserId, Carol.ChannelUserId], approvalCard["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Null(FindExecute(approvalCard, "approve"));
        var refreshData = approvalCard["refresh"]!["action"]!["data"]!;

        // Each approver also gets the request in a 1:1 chat opened proactively, with the buttons.
        var opened = await rig.CallsAsync(c => c.Method == "POST" && c.RawTarget.EndsWith("/v3/conversations", StringComparison.Ordinal), 2);
        Assert.Contains(opened, c => c.Body.Contains(Bob.ChannelUserId, StringComparison.Ordinal));
        Assert.Contains(opened, c => c.Body.Contains(Carol.ChannelUserId, StringComparison.Ordinal));

        // Teams asks for each viewer's card: an approver gets the buttons, anyone else the read-only card.
        var bobsView = await InvokeAsync(rig, rig.Click("i-refresh-bob", Bob, "1700000009999", "refresh", refreshData, trigger: "automatic"));
        var approve = ActionData(bobsView["value"]!.AsObject(), "approve");
        var davesView = await InvokeAsync(rig, rig.Click("i-refresh-dave", Dave, "1700000009999", "refresh", refreshData, trigger: "automatic"));
        Assert.Null(FindExecute(davesView["value"]!.AsObject(), "approve"));

        // Someone who is not an approver, and the drafter, are refused with a sentence; nothing is updated.
        var refusedDave = await InvokeAsync(rig, rig.Click("i-dave", Dave, "1700000009999", "approve", approve));
        var refusedAlice = await InvokeAsync(rig, rig.Click("i-alice", Alice, "1700000009999", "approve", approve));
        Assert.Equal("application/vnd.microsoft.activity.message", refusedDave["type"]!.GetValue<string>());
        Assert.Contains("Only comms-lead or support-lead", refusedDave["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("draft", refusedAlice["value"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(rig.Connector.Calls, c => c.Method == "PUT");

        // An approver decides: the answer is the decided card, and the card message is replaced for everyone by PUT.
        var decided = await InvokeAsync(rig, rig.Click("i-bob", Bob, "1700000009999", "approve", approve));
        Assert.Equal("application/vnd.microsoft.card.adaptive", decided["type"]!.GetValue<string>());
        Assert.Contains("Approved", decided["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(FindExecute(decided["value"]!.AsObject(), "approve"));
        // Every copy is replaced: the thread's and the approvers' 1:1 copies (TeamsJourneyTests tells those apart).
        var put = (await rig.CallsAsync(c => c.Method == "PUT", 2)).First(c => c.RawTarget.Contains("ops-room", StringComparison.Ordinal));
        Assert.EndsWith("/activities/1700000009999", put.RawTarget, StringComparison.Ordinal);
        Assert.Contains("Approved", put.Body, StringComparison.Ordinal);

        // The same click delivered again (same activity, then a second click) changes nothing in the ledger.
        await InvokeAsync(rig, rig.Click("i-bob", Bob, "1700000009999", "approve", approve));
        await InvokeAsync(rig, rig.Click("i-bob-again", Bob, "1700000009999", "approve", approve));
        var ledger = rig.Host.Services.GetRequiredService<ILedgerStore>();
        Assert.Single(await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.Decision)));
        Assert.Single(await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.DraftCreated)));

        // "who approved?" in the thread answers from the ledger.
        await rig.PostAsync(rig.Message("m-who", Dave, "who approved?"));
        var who = (await rig.CallsAsync(c => c.RawTarget.EndsWith("/activities/m-who", StringComparison.Ordinal), 1)).Single();
        Assert.Contains("Bob Brennan", who.Body, StringComparison.Ordinal);
        Assert.True((await ChainVerifier.VerifyAsync(ledger)).IsValid);
    }

    [Fact]
    public async Task TheConnectorDownWhenTheDecisionIsShown_TheDecidedCardIsStillPutOnceItIsBack()
    {
        // No Connector retries, and a one-second lease, so the inbox's own retry is what brings the card through.
        await using var rig = await TeamsRig.StartAsync("--Teams:Retry:MaxRetries", "0", "--Inbox:LeaseSeconds", "1");
        await rig.PostAsync(rig.Message("m-draft", Alice, "draft customer-update INC-2041 status for EU customers"));
        var draft = JsonNode.Parse((await rig.CallsAsync(c => c.RawTarget.EndsWith("/activities/m-draft", StringComparison.Ordinal), 1)).Single().Body)!.AsObject();
        await InvokeAsync(rig, rig.Click("i-submit", Alice, "1700000009999", "submit", ActionData(Card(draft), "submit")));
        var approvalPost = (await rig.CallsAsync(c => c.Method == "POST" && c.Body.Contains("\"approve\"", StringComparison.Ordinal), 1)).First();
        var approve = ActionData(Card(JsonNode.Parse(approvalPost.Body)!.AsObject()), "approve");

        rig.Connector.FailNext(503, 503);
        var decided = await InvokeAsync(rig, rig.Click("i-bob", Bob, "1700000009999", "approve", approve));

        Assert.Contains("Approved", decided["value"]!.ToJsonString(), StringComparison.Ordinal);
        var put = await rig.CallsAsync(c => c.Method == "PUT" && c.Body.Contains("Approved", StringComparison.Ordinal), 1);
        Assert.EndsWith("/activities/1700000009999", put[0].RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAToken_Gets401_AndNothingIsAnswered()
    {
        await using var rig = await TeamsRig.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(rig.Message("m-1", Alice, "help").ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };

        var response = await rig.Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(500);
        Assert.Empty(rig.Connector.Calls);
    }

    [Fact]
    public async Task BeingAddedToAConversation_PostsTheWelcome()
    {
        await using var rig = await TeamsRig.StartAsync();
        var added = rig.Message("u-1", Alice, "");
        added["type"] = "conversationUpdate";
        added.Remove("text");
        added.Remove("entities");
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = $"28:{TeamsRig.AppId}" });

        Assert.Equal(HttpStatusCode.OK, (await rig.PostAsync(added)).StatusCode);

        var welcome = (await rig.CallsAsync(c => c.Method == "POST", 1)).Single();
        Assert.Contains("draft", welcome.Body, StringComparison.Ordinal);
    }

    private static void AssertAiDraftWithCitations(JsonObject activity)
    {
        var root = activity["entities"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "https://schema.org/Message")!;
        Assert.Contains("AIGeneratedContent", root.ToJsonString(), StringComparison.Ordinal);
        Assert.NotEmpty(root["citation"]!.AsArray());
    }
}
