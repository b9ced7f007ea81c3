using ChatOps.Slack.Inbound;
using Microsoft.Extensions.Logging;

namespace ChatOps.Slack.Endpoints;

/// <summary>
/// Hands a verified item to the inbox, whose durable key is the one de-duplication: a repeat is answered as taken and
/// runs nothing (an event's repeat is dropped by the worker that takes it, so only commands' and clicks' are logged);
/// a failed hand-over kept nothing, so Slack's retry is taken.
/// </summary>
internal sealed class SlackInboxDispatcher(ISlackInbox inbox, ILogger<SlackInboxDispatcher> logger)
{
    /// <summary>The inbox's answer, or null when the item is a repeat of a delivery already taken.</summary>
    public async Task<InboxResult?> DispatchAsync(SlackInbound item, string? retryNum, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        InboxResult result;
        try
        {
            result = await inbox.AcceptAsync(item, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // (A sender that went away before the answer is no failure: nothing was kept, and a retry may come.)
            Log.InboxFailed(logger, e, item.DeliveryKey);
            throw;
        }

        if (result.IsDuplicate)
        {
            Log.Duplicate(logger, item.DeliveryKey, retryNum);
            return null;
        }

        return result;
    }

    /// <summary>Claims a delivery that is handled in the adapter itself (opening a modal); false for a repeat.</summary>
    public Task<bool> ClaimAsync(string deliveryKey, CancellationToken cancellationToken = default) =>
        inbox.ClaimAsync(deliveryKey, cancellationToken);
}
