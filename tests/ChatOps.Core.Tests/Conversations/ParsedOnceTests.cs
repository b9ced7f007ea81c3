using System.Text.Json;
using System.Text.Json.Serialization;
using ChatOps.Core.Channels;
using ChatOps.Core.Conversations;
using ChatOps.Core.Conversations.Commands;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Tests.Conversations;

/// <summary>A message's command is parsed once where it enters and travels with it through the durable inbox.</summary>
public sealed class ParsedOnceTests
{
    // As the inbox keeps requests (ConversationInbox.Json).
    private static readonly JsonSerializerOptions Inbox = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static IncomingMessage Message(string text) =>
        new(new ChannelIdentity(ChannelIdentity.Slack, "U1"), new ConversationRef(ChannelIdentity.Slack, "C1", "1.0"), text) { DeliveryId = "slack:Ev1" };

    [Fact]
    public void TheCommand_TravelsThroughTheInbox_Typed()
    {
        var work = new ConversationWork(Message("draft customer-update INC-2041 status for EU"), null, new ReplyAddress(ChannelIdentity.Slack, "C1", "1.0", null, "U1"));

        var json = JsonSerializer.Serialize(work, Inbox);
        var back = JsonSerializer.Deserialize<ConversationWork>(json, Inbox)!;

        Assert.True(json.Contains("\"kind\":\"draft\"", StringComparison.Ordinal), json);
        Assert.Equal(new DraftCommand("customer-update", "INC-2041", "status for EU"), back.Message!.Command);
    }

    [Fact]
    public void TheCarriedCommand_IsUsed_NotTheTextParsedAgain()
    {
        // A command set where the message entered wins over what its text would parse to: nothing downstream re-reads the text.
        var message = Message("help") with { Command = new StatsCommand() };

        var back = JsonSerializer.Deserialize<IncomingMessage>(JsonSerializer.Serialize(message, Inbox), Inbox)!;

        Assert.IsType<StatsCommand>(back.Command);
        Assert.IsType<StatsCommand>((back with { Thread = [] }).Command);
    }

    [Fact]
    public void ARequestKeptBeforeCommandsTravelled_IsParsedFromItsText()
    {
        const string kept = """{"from":{"channel":"slack","userId":"U1"},"where":{"channel":"slack","conversationId":"C1","threadId":"1.0"},"text":"who approved INC-2041?","deliveryId":"slack:Ev1"}""";

        var message = JsonSerializer.Deserialize<IncomingMessage>(kept, Inbox)!;

        Assert.Equal(new WhoApprovedCommand("INC-2041", null), message.Command);
    }

    [Fact]
    public void EveryKeyword_StartsACommand_AndNothingElseDoes()
    {
        Assert.NotEmpty(CommandParser.Keywords);
        foreach (var keyword in CommandParser.Keywords)
        {
            Assert.True(CommandParser.IsCommand($"{keyword} something"), keyword);
            Assert.True(CommandParser.IsCommand(keyword.ToUpperInvariant()), keyword);
            var text = keyword.StartsWith("who", StringComparison.Ordinal) ? "who approved?" : $"{keyword} d-0123456789";
            Assert.False(CommandParser.Parse(text) is HelpCommand { NotUnderstood: { } said } && said.StartsWith("I did not understand", StringComparison.Ordinal), keyword);
        }

        Assert.False(CommandParser.IsCommand("the API failed at 14:02"));
        Assert.False(CommandParser.IsCommand("drafted the note already"));
    }
}
