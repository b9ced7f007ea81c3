using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;
using ChatOps.Host.Tests.Slack;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Host.Tests.Journeys;

/// <summary>Edits round-trip: what the card shows (<c>[1]</c>) is what people may type back, on the console and in Slack.</summary>
public sealed class EditRoundTripTests
{
    [Fact]
    public async Task Console_EditFieldStartsFromTheShownText_AnUnchangedEditIsAccepted_AndMarkersAreStoredAsSourceIds()
    {
        await using var host = await RunningHost.StartAsync();
        const string thread = "edit-markers";
        await host.SayAsync(thread, "alice", "draft customer-update INC-2041 status for EU customers");
        var draft = ConsoleCards.Card(await host.EntriesAsync(thread, "alice", 2), 1);
        var edit = ConsoleCards.Action(draft, "edit");
        var shown = edit["input"]!["initialValue"]!.GetValue<string>();
        Assert.Equal(draft["draft"]!["text"]!.GetValue<string>(), shown);
        Assert.Contains("[1]", shown, StringComparison.Ordinal);

        // Pressing Edit with the text as shown keeps the version: nothing changed.
        await host.ClickAsync(thread, "alice", edit, new() { ["text"] = shown });
        var same = ConsoleCards.Card(await host.EntriesAsync(thread, "alice", 3), 2);
        Assert.Equal("good", same["tone"]!.GetValue<string>());
        Assert.Equal(ConsoleCards.Fact(draft, "Version"), ConsoleCards.Fact(same, "Version"));

        // A typed edit with the shown markers: [1] is read against the edited version's citations.
        var draftId = ConsoleCards.Fact(draft, "Draft");
        var first = draft["draft"]!["citations"]!.AsArray()[0]!;
        await host.SayAsync(thread, "alice", $"edit {draftId} Checkout API returned errors for 1,200 customers in the EU [1].");
        var edited = ConsoleCards.Card(await host.EntriesAsync(thread, "alice", 5), 4);
        Assert.Equal("good", edited["tone"]!.GetValue<string>());
        Assert.Empty(edited["findings"]!.AsArray());

        var ledger = host.Services.GetRequiredService<ILedgerStore>();
        var versions = await ledger.QueryAsync(new LedgerQuery(DraftId: draftId, Kind: LedgerRecordKinds.DraftCreated));
        var stored = JsonNode.Parse(versions[^1].Payload!)!["output"]!.GetValue<string>();
        Assert.Equal($"Checkout API returned errors for 1,200 customers in the EU [{first["sourceId"]!.GetValue<string>()}].", stored);
    }

    [Fact]
    public async Task Slack_EditModalStartsFromTheCard_AndSubmittingItUnchangedIsAccepted()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        await using var host = await RunningHost.StartAsync("--Slack:SigningSecret", SlackRig.Secret, "--Slack:BotToken", "xoxb-test", "--Slack:ApiBaseUrl", slack.ApiBaseUrl.ToString());
        var signed = new SignedSlack(host.Client, SlackRig.Secret);

        await signed.MentionAsync("Ev-edit-1", SlackRig.Alice, "draft customer-update INC-2041 status for EU customers", "1790000000.000001");
        var draft = (await slack.WaitForAsync("chat.postMessage", 1))[0];
        var edit = SlackRig.Button(draft, "edit")["value"]!.GetValue<string>();

        await signed.ClickAsync(SlackRig.Alice, "edit", edit, "1790000001.000100", "1790000002.1", draft["blocks"]!.AsArray());
        var modal = (await slack.WaitForAsync("views.open", 1))[0]["view"]!;
        var initial = modal["blocks"]![0]!["element"]!["initial_value"]!.GetValue<string>();
        Assert.Contains("[1]", initial, StringComparison.Ordinal);

        await signed.SubmitViewAsync(SlackRig.Alice, "V0EDIT01", modal, initial);
        var posts = await slack.WaitForAsync("chat.postMessage", 2);
        var again = posts[1].ToJsonString();
        Assert.Contains("eligible for approval", again, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown-source", again, StringComparison.Ordinal);
    }
}
