using ChatOps.Core.Conversations;
using ChatOps.Core.Conversations.Replies;

namespace ChatOps.Core.Channels;

/// <summary>A request accepted from a channel, waiting for a worker: a message or a card action, and where to answer.</summary>
public sealed record ConversationWork(IncomingMessage? Message, IncomingAction? Action, ReplyAddress Reply)
{
    /// <summary>
    /// An answer the core already gave, only to be delivered: a Teams click is decided while the person waits, and
    /// what everyone else should see of it is handed to the inbox so a Connector outage cannot lose it.
    /// </summary>
    public ConversationReply? Answer { get; init; }

    /// <summary>The channel's delivery id: the inbox keeps one request per delivery.</summary>
    public string DeliveryKey => Message?.DeliveryId ?? Action?.DeliveryId ?? throw new InvalidOperationException("A request needs a delivery id.");
}
