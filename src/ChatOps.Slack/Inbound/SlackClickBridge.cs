using ChatOps.Core.Channels;
using ChatOps.Core.Conversations;
using ChatOps.Core.Policy;

namespace ChatOps.Slack.Inbound;

/// <summary>
/// Decides a Slack card click (a button, or the modal that gave its reason) at once through the core's
/// <see cref="CardClicks"/>, as Teams does: Slack's 200 follows one ledger append, and the card updates, the thread's
/// note and the clicker's answer (an ephemeral message) go on the job queue. Everything else, and an edit, which reads
/// the thread, goes on to the durable inbox through <see cref="SlackInboxBridge"/>.
/// </summary>
internal sealed class SlackClickBridge(SlackInboxBridge inbox, CardClicks clicks) : ISlackInbox
{
    public Task<InboxResult> AcceptAsync(SlackInbound item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);

        // Handed on as it is, not awaited here: messages are nearly all of what comes in, and a layer of awaiting is an
        // object and a step more on each one's acknowledgement.
        return item is not SlackActionReceived click || CardClicks.ReadsThread(click.Verb)
            ? inbox.AcceptAsync(item, cancellationToken)
            : DecideAsync(click, cancellationToken);
    }

    private async Task<InboxResult> DecideAsync(SlackActionReceived click, CancellationToken cancellationToken)
    {
        // A click outside a thread (a direct message's card) answers under the card itself.
        var where = new ConversationRef(ChannelIdentity.Slack, click.Where.ChannelId, click.Where.ThreadTs ?? click.MessageTs ?? "");
        var incoming = new IncomingAction(new ChannelIdentity(ChannelIdentity.Slack, click.Who.UserId), where, click.Verb, click.Data)
        {
            Inputs = click.Inputs,
            DeliveryId = $"slack:{click.DeliveryKey}",
        };
        var answerTo = new ReplyAddress(ChannelIdentity.Slack, where.ConversationId, where.ThreadId, click.MessageTs, click.Who.UserId);
        await clicks.DecideAsync(incoming, answerTo, clickerAnsweredInResponse: false, cancellationToken);
        return InboxResult.Accepted;
    }

    public Task<bool> ClaimAsync(string deliveryKey, CancellationToken cancellationToken = default) =>
        inbox.ClaimAsync(deliveryKey, cancellationToken);
}
