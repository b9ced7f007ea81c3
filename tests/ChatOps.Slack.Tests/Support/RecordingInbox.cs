using System.Collections.Concurrent;
using ChatOps.Slack.Inbound;

namespace ChatOps.Slack.Tests.Support;

/// <summary>An inbox that records what it is given and answers as the test says (or fails once, to test release).</summary>
public sealed class RecordingInbox : ISlackInbox
{
    private readonly ConcurrentQueue<SlackInbound> _items = new();
    private int _failuresLeft;

    public IReadOnlyList<SlackInbound> Items => [.. _items];

    public InboxResult Result { get; set; } = InboxResult.Accepted;

    public void FailNext(int times = 1) => _failuresLeft = times;

    public Task<InboxResult> AcceptAsync(SlackInbound item, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("queue unavailable");
        }

        _items.Enqueue(item);
        return Task.FromResult(Result);
    }
}
