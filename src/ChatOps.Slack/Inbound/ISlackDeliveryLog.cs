namespace ChatOps.Slack.Inbound;

/// <summary>Remembers which deliveries were taken, so Slack's retries are not processed twice; the host may back it with its database.</summary>
public interface ISlackDeliveryLog
{
    /// <summary>True the first time a key is seen (the caller now owns it); false for a retry of a delivery already taken.</summary>
    ValueTask<bool> TryClaimAsync(string deliveryKey, CancellationToken cancellationToken = default);

    /// <summary>Forgets a claim whose processing failed, so Slack's retry can be taken.</summary>
    ValueTask ReleaseAsync(string deliveryKey, CancellationToken cancellationToken = default);
}
