using System.Collections.Concurrent;

namespace ChatOps.Slack.Outbound;

/// <summary>Holds back calls to a Web API method until the <c>Retry-After</c> Slack gave for that method has passed.</summary>
public sealed class SlackRateLimitGate(TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _blockedUntil = new(StringComparer.Ordinal);

    /// <summary>Pauses every call to <paramref name="method"/> until <paramref name="until"/>; a later pause wins.</summary>
    public void Block(string method, DateTimeOffset until) =>
        _blockedUntil.AddOrUpdate(method, until, (_, current) => until > current ? until : current);

    /// <summary>How long a call to <paramref name="method"/> must still wait.</summary>
    public TimeSpan Remaining(string method) =>
        _blockedUntil.TryGetValue(method, out var until) && until > timeProvider.GetUtcNow() ? until - timeProvider.GetUtcNow() : TimeSpan.Zero;

    public async Task WaitAsync(string method, CancellationToken cancellationToken = default)
    {
        for (var wait = Remaining(method); wait > TimeSpan.Zero; wait = Remaining(method))
        {
            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }
}
