namespace ChatOps.Teams.Inbound;

/// <summary>
/// A bounded, time-limited set of activity keys for one process. Several host instances need a shared store
/// (the ledger database) behind <see cref="IActivityDeduplicator"/> instead.
/// </summary>
public sealed class InMemoryActivityDeduplicator(TimeProvider timeProvider, int capacity = 10_000, TimeSpan? retention = null)
    : IActivityDeduplicator
{
    private readonly TimeSpan window = retention ?? TimeSpan.FromMinutes(10);
    private readonly Dictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> order = new();
    private readonly Lock gate = new();

    public ValueTask<bool> TryBeginAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            while (order.Count > 0 && now - order.Peek().At >= window)
            {
                Drop(order.Dequeue());
            }

            if (seen.ContainsKey(key))
            {
                return ValueTask.FromResult(false);
            }

            while (order.Count >= capacity)
            {
                Drop(order.Dequeue());
            }

            seen[key] = now;
            order.Enqueue((key, now));
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask ForgetAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            // The queue entry stays until it ages out; Drop ignores it once the key is gone or seen again.
            seen.Remove(key);
        }

        return ValueTask.CompletedTask;
    }

    private void Drop((string Key, DateTimeOffset At) entry)
    {
        if (seen.TryGetValue(entry.Key, out var at) && at == entry.At)
        {
            seen.Remove(entry.Key);
        }
    }
}
