namespace ChatOps.Slack.Inbound;

/// <summary>The port the host implements: take one inbound item (usually by putting it on the durable queue) and return fast.</summary>
public interface ISlackInbox
{
    /// <summary>Accepts the item; Slack is answered with the result as soon as this returns, so it must not draft or decide inline.</summary>
    Task<InboxResult> AcceptAsync(SlackInbound item, CancellationToken cancellationToken = default);
}
