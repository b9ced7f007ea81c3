using System.Collections.Concurrent;
using ChatOps.Slack.Inbound;

namespace ChatOps.Slack.Tests.Support;

/// <summary>
/// An inbox that records what it is given and answers as the test says (or fails once, to test a retry after a failure).
/// Like the host's durable inbox it takes each delivery key once and answers a repeat <see cref="InboxResult.Duplicate"/>,
/// so the adapter's handling of Slack's retries is what the tests see.
/// </summary>
public sealed class RecordingInbox : ISlackInbox
{
    private readonly ConcurrentQueue<SlackInbound> _items = new();
    private readonly ConcurrentDictionary<string, byte> _taken = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _repeats = new();
    private int _failuresLeft;

    public IReadOnlyList<SlackInbound> Items => [.. _items];

    /// <summary>Delivery keys handed again after they were taken (each answered as a repeat).</summary>
    public IReadOnlyList<string> Repeats => [.. _repeats];

    public InboxResult Result { get; set; } = InboxResult.Accepted;

    public void FailNext(int times = 1) => _failuresLeft = times;

    public Task<InboxResult> AcceptAsync(SlackInbound item, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("queue unavailable");
        }

        if (!Take(item.DeliveryKey))
        {
            return Task.FromResult(InboxResult.Duplicate);
        }

        _items.Enqueue(item);
        return Task.FromResult(Result);
    }

    public Task<bool> ClaimAsync(string deliveryKey, CancellationToken cancellationToken = default) => Task.FromResult(Take(deliveryKey));

    private bool Take(string key)
    {
        if (_taken.TryAdd(key, 0))
        {
            return true;
        }

        _repeats.Enqueue(key);
        return false;
    }
}
