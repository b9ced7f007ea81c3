using ChatOps.Core.Conversations.Replies;

namespace ChatOps.Core.Channels;

/// <summary>Delivers the core's answers on one channel (console, Slack, Teams), rendered in that channel's format.</summary>
public interface IReplyChannel
{
    string Channel { get; }

    Task DeliverAsync(ReplyAddress address, ConversationReply reply, CancellationToken cancellationToken = default);
}
