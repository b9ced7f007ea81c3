using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Core.Cards;
using ChatOps.Slack.Cards;
using ChatOps.Slack.Inbound;
using ChatOps.Slack.Tests.Rendering;
using ChatOps.Slack.Tests.Support;
using ChatOps.Slack.Wire;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Slack.Tests.Endpoints;

public sealed class SlackInteractiveEndpointTests
{
    private const string Form = "application/x-www-form-urlencoded";

    [Fact]
    public async Task ApproveClick_ReachesInboxOnce_WithVerbAndTheCardsData()
    {
        // Arrange: the button exactly as the renderer drew it on the approval request.
        await using var host = await SlackEndpointHost.StartAsync();
        var approve = RenderedButton(CardSamples.ApprovalRequest(), CardVerbs.Approve);
        var body = SlackPayloads.Form(("payload", SlackPayloads.BlockActions(approve.ActionId, approve.Value!, "1790000005.000300")));

        // Act: the click, then the same click delivered again.
        using var first = await host.Client.SendAsync(TestSigner.SignedPost(host.Url("slack/interactive"), body, Form, host.UnixNow));
        using var again = await host.Client.SendAsync(TestSigner.SignedPost(host.Url("slack/interactive"), body, Form, host.UnixNow));

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var action = Assert.IsType<SlackActionReceived>(Assert.Single(host.Inbox.Items));
        Assert.Equal(CardVerbs.Approve, action.Verb);
        Assert.Equal(CardSamples.ApprovalData, action.Data);
        Assert.Empty(action.Inputs);
        Assert.Equal("1790000010.000100", action.MessageTs);
        Assert.Equal(new SlackPlace(SlackPayloads.Channel, "1790000000.000100"), action.Where);
        Assert.Equal(new SlackActor(SlackPayloads.Person, SlackPayloads.Team), action.Who);
    }

    [Fact]
    public async Task RejectClick_OpensReasonModal_AndItsSubmissionReachesInbox()
    {
        // Arrange
        await using var slack = await FakeSlackWebApi.StartAsync(new FakeTimeProvider());
        await using var host = await SlackEndpointHost.StartAsync(slack.ApiBaseUrl);
        var reject = RenderedButton(CardSamples.ApprovalRequest(), CardVerbs.Reject);
        var click = SlackPayloads.Form(("payload", SlackPayloads.BlockActions(reject.ActionId, reject.Value!, "1790000006.000400", triggerId: "1790000006.9.trigger")));

        // Act 1: the click opens the modal and does not reach the inbox yet.
        using var clicked = await host.Client.SendAsync(TestSigner.SignedPost(host.Url("slack/interactive"), click, Form, host.UnixNow));

        // Assert 1
        Assert.Equal(HttpStatusCode.OK, clicked.StatusCode);
        Assert.Empty(host.Inbox.Items);
        var open = Assert.Single(slack.Calls, c => c.Method == "views.open");
        Assert.Equal("Bearer " + SlackEndpointHost.BotToken, open.Authorization);
        var request = JsonNode.Parse(open.Body)!;
        Assert.Equal("1790000006.9.trigger", request["trigger_id"]!.GetValue<string>());
        var view = request["view"]!;
        Assert.Equal("modal", view["type"]!.GetValue<string>());
        Assert.Equal(CardVerbs.Reject, view["callback_id"]!.GetValue<string>());
        Assert.Equal("plain_text_input", view["blocks"]![0]!["element"]!["type"]!.GetValue<string>());
        Assert.Equal("reason", view["blocks"]![0]!["element"]!["action_id"]!.GetValue<string>());

        // Act 2: the person types a reason and submits.
        var submission = SlackPayloads.Form(("payload", SlackPayloads.ViewSubmission(
            "V0REJECT1", view["callback_id"]!.GetValue<string>(), view["private_metadata"]!.GetValue<string>(), "reason", "No rollback plan [2] is cited.")));
        using var submitted = await host.Client.SendAsync(TestSigner.SignedPost(host.Url("slack/interactive"), submission, Form, host.UnixNow));

        // Assert 2
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(string.Empty, await submitted.Content.ReadAsStringAsync());
        var action = Assert.IsType<SlackActionReceived>(Assert.Single(host.Inbox.Items));
        Assert.Equal(CardVerbs.Reject, action.Verb);
        Assert.Equal(CardSamples.ApprovalData, action.Data);
        Assert.Equal("No rollback plan [2] is cited.", action.Inputs["reason"]);
        Assert.Equal("1790000010.000100", action.MessageTs);
        Assert.Equal(new SlackPlace(SlackPayloads.Channel, "1790000000.000100"), action.Where);
    }

    [Fact]
    public async Task EditClick_OpensTheEditModal_StartingFromTheCurrentDraft()
    {
        // Arrange: Slack sends the clicked message back with its blocks, as the renderer drew them.
        await using var slack = await FakeSlackWebApi.StartAsync(new FakeTimeProvider());
        await using var host = await SlackEndpointHost.StartAsync(slack.ApiBaseUrl);
        var card = CardSamples.All().Single(s => s.Name == "draft-with-submit").Card;
        var message = new BlockKitRenderer().Render(card);
        var blocks = JsonNode.Parse(JsonSerializer.Serialize(message, SlackJsonContext.Default.SlackMessage))!["blocks"]!.AsArray();
        var edit = message.Blocks.OfType<ActionsBlock>().SelectMany(b => b.Elements).Single(e => e.ActionId == CardVerbs.Edit);
        var click = SlackPayloads.Form(("payload", SlackPayloads.BlockActions(edit.ActionId, edit.Value!, "1790000008.000100", messageBlocks: blocks.DeepClone().AsArray())));

        // Act
        using var response = await host.Client.SendAsync(TestSigner.SignedPost(host.Url("slack/interactive"), click, Form, host.UnixNow));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = JsonNode.Parse(Assert.Single(slack.Calls, c => c.Method == "views.open").Body)!["view"]!;
        Assert.Equal(CardVerbs.Edit, view["callback_id"]!.GetValue<string>());
        var initial = view["blocks"]![0]!["element"]!["initial_value"]!.GetValue<string>();
        Assert.Equal(card.Draft!.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), initial.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("claim[1].", initial, StringComparison.Ordinal);
        Assert.Empty(host.Inbox.Items);
    }

    [Fact]
    public async Task Submission_WithInputErrors_KeepsTheModalOpen()
    {
        await using var host = await SlackEndpointHost.StartAsync();
        host.Inbox.Result = new InboxResult { InputErrors = new Dictionary<string, string> { ["reason"] = "Say which claim is wrong." } };
        var metadata = """{"verb":"reject","data":{"approval":"A-1"},"channel_id":"C0123456789","thread_ts":"1790000000.000100","message_ts":"1790000010.000100","input_id":"reason"}""";
        var submission = SlackPayloads.Form(("payload", SlackPayloads.ViewSubmission("V0REJECT2", "reject", metadata, "reason", "no")));

        using var response = await host.Client.SendAsync(TestSigner.SignedPost(host.Url("slack/interactive"), submission, Form, host.UnixNow));

        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("errors", json["response_action"]!.GetValue<string>());
        Assert.Equal("Say which claim is wrong.", json["errors"]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task BoltSignedBlockActions_IsAccepted()
    {
        await using var host = await SlackEndpointHost.StartAsync();
        var body = SlackPayloads.Form(("payload", SlackPayloads.BlockActions("approve", "REQ-1042", "1790000007.000200")));
        var ts = host.UnixNow.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = await BoltSigner.SignAsync(TestSigner.Secret, ts, body, host.UnixNow);

        using var response = await host.Client.SendAsync(TestSigner.Request(host.Url("slack/interactive"), body, Form, ts, signature));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var action = Assert.IsType<SlackActionReceived>(Assert.Single(host.Inbox.Items));
        Assert.Equal("REQ-1042", action.Data["value"]);
    }

    private static ButtonElement RenderedButton(Card card, string verb) =>
        new BlockKitRenderer().Render(card).Blocks.OfType<ActionsBlock>().SelectMany(b => b.Elements).Single(e => e.ActionId == verb);
}
