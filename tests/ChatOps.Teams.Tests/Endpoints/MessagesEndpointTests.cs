using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Core.Cards;
using ChatOps.Teams.Cards;
using ChatOps.Teams.Inbound;
using ChatOps.Teams.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace ChatOps.Teams.Tests.Endpoints;

/// <summary>What /api/messages hands to the inbox and answers, with authentication on.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    private readonly RsaSecurityKey key = FakeChannelIdentity.NewKey();
    private FakeChannelIdentity identity = null!;
    private TeamsBotHost bot = null!;

    public async Task InitializeAsync()
    {
        identity = await FakeChannelIdentity.StartAsync();
        identity.Serve((key, ["msteams"]));
        bot = await TeamsBotHost.StartAsync(identity.MetadataUrl, time);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await identity.DisposeAsync();
    }

    [Fact]
    public async Task Message_WithMention_ReachesTheInboxWithoutTheMention()
    {
        // Act
        var response = await PostAsync(TestActivities.Message("<at>ChatOps</at> draft incident-internal INC-42"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = Assert.IsType<InboundMessage>(Assert.Single(bot.Inbox.Received));
        Assert.Equal("draft incident-internal INC-42", message.Text);
        Assert.Equal(new InboundPerson(TestActivities.TenantId, TestActivities.UserAadId, TestActivities.UserId, "Dana Drafter"), message.Who);
        Assert.Equal(TestActivities.ServiceUrl, message.Where.ServiceUrl);
        Assert.Equal(TestActivities.ChannelConversation, message.Where.ConversationId);
        Assert.Equal("1700000000000", message.Where.ThreadId);
    }

    [Fact]
    public async Task Invoke_ApproveWithReason_ReachesTheInboxWithVerbDataAndInputs()
    {
        // Arrange
        var data = new JsonObject
        {
            ["chatops"] = new JsonObject { ["verb"] = "reject", ["data"] = new JsonObject { ["draft"] = "D-7", ["version"] = "3" } },
            ["reason"] = "The timeline cites a chat message only.",
        };

        // Act
        await PostAsync(TestActivities.CardAction("reject", data));

        // Assert
        var action = Assert.IsType<InboundAction>(Assert.Single(bot.Inbox.Received));
        Assert.Equal("reject", action.Verb);
        Assert.Equal("D-7", action.Data["draft"]);
        Assert.Equal("3", action.Data["version"]);
        Assert.Equal("The timeline cites a chat message only.", action.Inputs["reason"]);
        Assert.Equal("1700000000000", action.Where.ReplyToId);
        Assert.False(action.IsAutomaticRefresh);
    }

    [Fact]
    public async Task Invoke_AutomaticRefresh_ReachesTheInboxAsARefresh()
    {
        // Act
        await PostAsync(TestActivities.CardAction("refresh", Ours("refresh"), trigger: "automatic"));

        // Assert
        var action = Assert.IsType<InboundAction>(Assert.Single(bot.Inbox.Received));
        Assert.Equal("refresh", action.Verb);
        Assert.True(action.IsAutomaticRefresh);
        Assert.Empty(action.Inputs);
    }

    [Fact]
    public async Task Message_ActionSubmitFallback_ReachesTheInboxAsAnAction()
    {
        // Arrange: an old client ran the Action.Submit fallback, which posts a message whose value is the data.
        var activity = TestActivities.Message("");
        var value = Ours("reject");
        value["reason"] = "wrong numbers";
        activity["value"] = value;

        // Act
        var response = await PostAsync(activity);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var action = Assert.IsType<InboundAction>(Assert.Single(bot.Inbox.Received));
        Assert.Equal("reject", action.Verb);
        Assert.Equal("wrong numbers", action.Inputs["reason"]);
    }

    [Fact]
    public async Task Invoke_InboxAnswersWithACard_ReturnsTheCardEnvelope()
    {
        // Arrange
        bot.Inbox.InvokeResult = TeamsInvokeResult.ShowCard(
            new Card { Kind = CardKind.Decided, Title = "Approved", Tone = CardTone.Good }, AdaptiveCardView.Everyone);

        // Act
        var response = await PostAsync(TestActivities.CardAction("approve", Ours("approve")));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("AdaptiveCard", body.RootElement.GetProperty("value").GetProperty("type").GetString());
        Assert.Equal("1.5", body.RootElement.GetProperty("value").GetProperty("version").GetString());
    }

    [Fact]
    public async Task Invoke_InboxRefuses_ReturnsAMessageEnvelope()
    {
        // Arrange
        bot.Inbox.InvokeResult = TeamsInvokeResult.ShowMessage("You drafted this, so someone else has to approve it.");

        // Act
        var response = await PostAsync(TestActivities.CardAction("approve", Ours("approve")));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("You drafted this, so someone else has to approve it.", body.RootElement.GetProperty("value").GetString());
    }

    [Fact]
    public async Task Invoke_NotOurAction_Returns400EnvelopeAndReachesNothing()
    {
        // Arrange: an invoke whose value has no action.
        var activity = TestActivities.CardAction("approve", Ours("approve"));
        activity["value"] = new JsonObject { ["trigger"] = "manual" };

        // Act
        var response = await PostAsync(activity);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.RootElement.GetProperty("type").GetString());
        Assert.Empty(bot.Inbox.Received);
    }

    [Fact]
    public async Task Invoke_SameActivityIdTwice_IsRecordedOnce()
    {
        // Act
        var first = await PostAsync(TestActivities.CardAction("approve", Ours("approve"), id: "f:dup"));
        var second = await PostAsync(TestActivities.CardAction("approve", Ours("approve"), id: "f:dup"));

        // Assert: the repeat is answered as already received, and only the first was decided.
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(bot.Inbox.Received);
        Assert.Equal(["f:dup"], bot.Inbox.Repeats);
        using var body = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal("This action was already received.", body.RootElement.GetProperty("value").GetString());
    }

    [Fact]
    public async Task Invoke_DecidingFailsThenTheChannelRedelivers_IsDecidedOnTheRedelivery()
    {
        // Arrange
        bot.Inbox.FailNextInvoke = true;

        // Act
        var failed = await PostAsync(TestActivities.CardAction("approve", Ours("approve"), id: "f:retry"));
        var redelivered = await PostAsync(TestActivities.CardAction("approve", Ours("approve"), id: "f:retry"));

        // Assert: the failure released the claim, so the redelivery was decided.
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Single(bot.Inbox.Received);
        Assert.Empty(bot.Inbox.Repeats);
    }

    [Fact]
    public async Task Message_SameActivityIdTwice_IsRecordedOnce()
    {
        // Act
        var first = await PostAsync(TestActivities.Message("help", id: "m-dup"));
        var second = await PostAsync(TestActivities.Message("help", id: "m-dup"));

        // Assert: both acknowledged; the inbox answered the second as a repeat.
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(bot.Inbox.Received);
        Assert.Equal(["m-dup"], bot.Inbox.Repeats);
    }

    [Fact]
    public async Task Message_InboxFailsThenTheChannelRedelivers_IsProcessedOnTheRedelivery()
    {
        // Arrange
        bot.Inbox.FailNextMessage = true;

        // Act
        var failed = await PostAsync(TestActivities.Message("help", id: "m-retry"));
        var redelivered = await PostAsync(TestActivities.Message("help", id: "m-retry"));

        // Assert
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Single(bot.Inbox.Received);
    }

    [Fact]
    public async Task ConversationUpdate_BotAdded_ReachesTheInboxAsAnInstall()
    {
        // Act
        var response = await PostAsync(TestActivities.BotAdded());

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var install = Assert.IsType<InboundInstall>(Assert.Single(bot.Inbox.Received));
        Assert.Equal(TestActivities.TenantId, install.TenantId);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("installationUpdate")]
    [InlineData("somethingNew")]
    public async Task UnknownOrUnusedType_Is200AndIgnored(string type)
    {
        // Act
        var response = await PostAsync(TestActivities.OfType(type));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Inbox.Received);
    }

    [Fact]
    public async Task Body_NotAnActivity_Is400()
    {
        // Act
        var response = await bot.PostAsync("{\"not\":\"an activity\"", Token());

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Inbox.Received);
    }

    private static JsonObject Ours(string verb) =>
        new() { ["chatops"] = new JsonObject { ["verb"] = verb, ["data"] = new JsonObject { ["draft"] = "D-7" } } };

    private string Token() => FakeChannelIdentity.Mint(key, TokenClaims.Valid(time.GetUtcNow(), TeamsBotHost.AppId, TestActivities.ServiceUrl));

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) => bot.PostAsync(activity.ToJsonString(), Token());
}
