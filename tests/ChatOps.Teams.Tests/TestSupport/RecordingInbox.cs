using System.Collections.Concurrent;
using ChatOps.Teams.Inbound;

namespace ChatOps.Teams.Tests.TestSupport;

/// <summary>An <see cref="ITeamsInbox"/> that records what reached it and answers invokes with a set result.</summary>
internal sealed class RecordingInbox : ITeamsInbox
{
    public ConcurrentQueue<object> Received { get; } = new();

    public TeamsInvokeResult InvokeResult { get; set; } = TeamsInvokeResult.ShowMessage("ok");

    /// <summary>When set, the next message fails as if the durable queue were down.</summary>
    public bool FailNextMessage { get; set; }

    public Task OnMessageAsync(InboundMessage message, CancellationToken cancellationToken = default)
    {
        if (FailNextMessage)
        {
            FailNextMessage = false;
            throw new InvalidOperationException("queue unavailable");
        }

        Received.Enqueue(message);
        return Task.CompletedTask;
    }

    public Task OnInstalledAsync(InboundInstall install, CancellationToken cancellationToken = default)
    {
        Received.Enqueue(install);
        return Task.CompletedTask;
    }

    public Task<TeamsInvokeResult> InvokeAsync(InboundAction action, CancellationToken cancellationToken = default)
    {
        Received.Enqueue(action);
        return Task.FromResult(InvokeResult);
    }
}
