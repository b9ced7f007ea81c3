using System.Collections.Concurrent;
using ChatOps.Teams.Inbound;

namespace ChatOps.Teams.Tests.TestSupport;

/// <summary>
/// An <see cref="ITeamsInbox"/> that records what reached it and answers invokes with a set result. Like the host's
/// durable inbox it takes each activity id once (messages and installs by their id, invokes by their claim) and
/// answers a repeat as such, so the adapter's handling of redeliveries is what the tests see.
/// </summary>
internal sealed class RecordingInbox : ITeamsInbox
{
    private readonly ConcurrentDictionary<string, byte> taken = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> claimed = new(StringComparer.Ordinal);

    public ConcurrentQueue<object> Received { get; } = new();

    /// <summary>Activities the adapter handed again after they were taken (each answered as a repeat).</summary>
    public ConcurrentQueue<string> Repeats { get; } = new();

    public TeamsInvokeResult InvokeResult { get; set; } = TeamsInvokeResult.ShowMessage("ok");

    /// <summary>When set, the next message fails as if the durable queue were down.</summary>
    public bool FailNextMessage { get; set; }

    /// <summary>When set, the next invoke fails as if deciding had failed.</summary>
    public bool FailNextInvoke { get; set; }

    public Task<bool> OnMessageAsync(InboundMessage message, CancellationToken cancellationToken = default)
    {
        if (FailNextMessage)
        {
            FailNextMessage = false;
            throw new InvalidOperationException("queue unavailable");
        }

        return Task.FromResult(Take(message.ActivityId, message));
    }

    public Task<bool> OnInstalledAsync(InboundInstall install, CancellationToken cancellationToken = default) =>
        Task.FromResult(Take(install.ActivityId, install));

    public Task<bool> ClaimAsync(string activityId, CancellationToken cancellationToken = default)
    {
        var first = claimed.TryAdd(activityId, 0);
        if (!first)
        {
            Repeats.Enqueue(activityId);
        }

        return Task.FromResult(first);
    }

    public Task ReleaseAsync(string activityId, CancellationToken cancellationToken = default)
    {
        claimed.TryRemove(activityId, out _);
        return Task.CompletedTask;
    }

    public Task<TeamsInvokeResult> InvokeAsync(InboundAction action, CancellationToken cancellationToken = default)
    {
        if (FailNextInvoke)
        {
            FailNextInvoke = false;
            throw new InvalidOperationException("deciding failed");
        }

        Received.Enqueue(action);
        return Task.FromResult(InvokeResult);
    }

    private bool Take(string activityId, object item)
    {
        if (!taken.TryAdd(activityId, 0))
        {
            Repeats.Enqueue(activityId);
            return false;
        }

        Received.Enqueue(item);
        return true;
    }
}
