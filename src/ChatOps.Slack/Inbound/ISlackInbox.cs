namespace ChatOps.Slack.Inbound;

/// <summary>
/// The port the host implements: take one inbound item (usually by putting it on the durable queue) and return fast.
/// It is also where repeats are found: the durable inbox's unique key per delivery is the one de-duplication.
/// </summary>
public interface ISlackInbox
{
    /// <summary>
    /// Accepts the item, or answers <see cref="InboxResult.Duplicate"/> for a delivery already taken (Slack's retry);
    /// Slack is answered with the result as soon as this returns (within its 3 s), so it must not draft inline: a
    /// message is kept for the worker, a card click is decided (one ledger append) and its follow-ups kept.
    /// </summary>
    Task<InboxResult> AcceptAsync(SlackInbound item, CancellationToken cancellationToken = default);

    /// <summary>Durably claims a delivery the adapter handles itself (a click that opens a modal); false for a repeat.</summary>
    Task<bool> ClaimAsync(string deliveryKey, CancellationToken cancellationToken = default);
}
