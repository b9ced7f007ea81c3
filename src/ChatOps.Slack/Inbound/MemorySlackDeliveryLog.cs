namespace ChatOps.Slack.Inbound;

/// <summary>An in-process, bounded delivery log: keys expire after <see cref="Ttl"/>, the oldest go first when full.</summary>
public sealed class MemorySlackDeliveryLog(TimeProvider timeProvider) : ISlackDeliveryLog
{
    /// <summary>Slack retries for about 5 minutes; an hour leaves room for slow deliveries.</summary>
    public static readonly TimeSpan Ttl = TimeSpan.FromHours(1);

    public const int Capacity = 100_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _expiry = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Expiry)> _order = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _expiry.Count;
            }
        }
    }

    public ValueTask<bool> TryClaimAsync(string deliveryKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            Prune(now);
            if (_expiry.TryGetValue(deliveryKey, out var until) && until > now)
            {
                return ValueTask.FromResult(false);
            }

            _expiry[deliveryKey] = now + Ttl;
            _order.Enqueue((deliveryKey, now + Ttl));
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask ReleaseAsync(string deliveryKey, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _expiry.Remove(deliveryKey);
        }

        return ValueTask.CompletedTask;
    }

    private void Prune(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && (oldest.Expiry <= now || _order.Count >= Capacity))
        {
            _order.Dequeue();
            // A key claimed again after release has a later expiry: only drop the entry this queue item stands for.
            if (_expiry.TryGetValue(oldest.Key, out var until) && until == oldest.Expiry)
            {
                _expiry.Remove(oldest.Key);
            }
        }
    }
}
