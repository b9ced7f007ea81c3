using ChatOps.Core.Channels;
using ChatOps.Core.Conversations;
using ChatOps.Core.Conversations.Commands;
using ChatOps.Core.Policy;

namespace ChatOps.Slack.Inbound;

/// <summary>Puts verified Slack deliveries on the durable inbox as channel-neutral requests; Slack is answered at once.</summary>
internal sealed class SlackInboxBridge(IConversationIntake inbox) : ISlackInbox
{
    public async Task<InboxResult> AcceptAsync(SlackInbound item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var who = new ChannelIdentity(ChannelIdentity.Slack, item.Who.UserId);
        var delivery = $"slack:{item.DeliveryKey}";
        ConversationWork work = item switch
        {
            SlackMessageReceived m => Message(who, Thread(item.Where, m.MessageTs), m.Text, delivery, m.MessageTs, item.Who.UserId),
            SlackCommandReceived c => Message(who, Thread(item.Where, null), $"{c.Verb} {c.Arguments}".Trim(), delivery, null, item.Who.UserId),
            SlackActionReceived a => new ConversationWork(
                null,
                new IncomingAction(who, Thread(item.Where, a.MessageTs), a.Verb, a.Data) { Inputs = a.Inputs, DeliveryId = delivery },
                Address(Thread(item.Where, a.MessageTs), a.MessageTs, item.Who.UserId)),
            _ => throw new ArgumentException($"Unknown Slack delivery {item.GetType().Name}.", nameof(item)),
        };

        // People talk to each other in threads; a message that does not mention the bot is only taken when it is a command.
        // The command parsed here travels with the request: the thread loader and the core read it, not the text again.
        if (item is SlackMessageReceived { MentionsBot: false } && work.Message!.Command is HelpCommand { NotUnderstood: not null })
        {
            return InboxResult.Accepted;
        }

        // An event is answered 200 whether it is new or Slack's retry, so its repeat is dropped later, by the worker that
        // takes it, not on the acknowledgement's path (where checking the key cost an index write per request).
        // Commands and clicks keep the answer: the log names their repeats.
        if (item is SlackMessageReceived)
        {
            await inbox.AcceptAsync(work, cancellationToken);
            return InboxResult.Accepted;
        }

        return await inbox.EnqueueAsync(work, cancellationToken) ? InboxResult.Accepted : InboxResult.Duplicate;
    }

    public Task<bool> ClaimAsync(string deliveryKey, CancellationToken cancellationToken = default) =>
        inbox.ClaimAsync($"slack:{deliveryKey}", cancellationToken);

    // The message's own ts is where the thread history stops; it is not a card to update.
    private static ConversationWork Message(ChannelIdentity who, ConversationRef where, string text, string delivery, string? messageTs, string actor) =>
        new(new IncomingMessage(who, where, text) { DeliveryId = delivery }, null, Address(where, null, actor) with { RequestMessageId = messageTs });

    // A message outside a thread starts one: its own ts becomes the thread.
    private static ConversationRef Thread(SlackPlace where, string? messageTs) =>
        new(ChannelIdentity.Slack, where.ChannelId, where.ThreadTs ?? messageTs ?? "");

    private static ReplyAddress Address(ConversationRef where, string? messageTs, string actor) =>
        new(ChannelIdentity.Slack, where.ConversationId, where.ThreadId, messageTs, actor);
}
