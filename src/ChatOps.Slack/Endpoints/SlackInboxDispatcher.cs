using ChatOps.Slack.Inbound;
using Microsoft.Extensions.Logging;

namespace ChatOps.Slack.Endpoints;

/// <summary>Hands a verified item to the inbox exactly once per delivery; a failed hand-over is released so Slack's retry can succeed.</summary>
internal sealed class SlackInboxDispatcher(ISlackInbox inbox, ISlackDeliveryLog deliveries, ILogger<SlackInboxDispatcher> logger)
{
    /// <summary>The inbox's answer, or null when the item is a repeat of a delivery already taken.</summary>
    public async Task<InboxResult?> DispatchAsync(SlackInbound item, string? retryNum, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!await deliveries.TryClaimAsync(item.DeliveryKey, cancellationToken))
        {
            Log.Duplicate(logger, item.DeliveryKey, retryNum);
            return null;
        }

        try
        {
            return await inbox.AcceptAsync(item, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The sender went away before the answer (its connection closed): nothing failed, and a retry may come.
            await deliveries.ReleaseAsync(item.DeliveryKey, CancellationToken.None);
            throw;
        }
        catch (Exception e)
        {
            await deliveries.ReleaseAsync(item.DeliveryKey, CancellationToken.None);
            Log.InboxFailed(logger, e, item.DeliveryKey);
            throw;
        }
    }

    /// <summary>Claims a delivery that is handled in the adapter itself (opening a modal); false for a repeat.</summary>
    public ValueTask<bool> ClaimAsync(string deliveryKey, CancellationToken cancellationToken = default) =>
        deliveries.TryClaimAsync(deliveryKey, cancellationToken);
}
