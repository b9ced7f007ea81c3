namespace ChatOps.Slack.Inbound;

/// <summary>The port the host implements: take one inbound item (usually by putting it on the durable queue) and return fast.</summary>
public interface ISlackInbox
{
    /// <summary>
    /// Accepts the item; Slack is answered with the result as soon as this returns (within its 3 s), so it must not
    /// draft inline: a message is kept for the worker, a card click is decided (one ledger append) and its follow-ups kept.
    /// </summary>
    Task<InboxResult> AcceptAsync(SlackInbound item, CancellationToken cancellationToken = default);
}
