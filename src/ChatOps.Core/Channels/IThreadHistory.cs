using ChatOps.Core.Conversations;

namespace ChatOps.Core.Channels;

/// <summary>Reads the thread so far from a channel that keeps it (Slack), in the worker, so the channel is acknowledged at once.</summary>
public interface IThreadHistory
{
    /// <summary>The channel this reads from, as in <see cref="ReplyAddress.Channel"/>.</summary>
    string Channel { get; }

    /// <summary>
    /// The people's messages of the thread at <paramref name="address"/> before the request (<see cref="ReplyAddress.RequestMessageId"/>),
    /// oldest first: not the bot's own, not the request itself.
    /// </summary>
    Task<IReadOnlyList<ThreadMessage>> ReadAsync(ReplyAddress address, CancellationToken cancellationToken = default);
}
