using System.Text.Json.Serialization;
using ChatOps.Core.Conversations;

namespace ChatOps.Core.Channels;

/// <summary>A request accepted from a channel, waiting for a worker: a message or a card action, and where to answer.</summary>
public sealed record ConversationWork(IncomingMessage? Message, IncomingAction? Action, ReplyAddress Reply)
{
    /// <summary>The channel's delivery id: the inbox keeps one request per delivery.</summary>
    /// <remarks>Not written into a job's payload: the message's or action's delivery id is, and the job's key.</remarks>
    [JsonIgnore]
    public string DeliveryKey => Message?.DeliveryId ?? Action?.DeliveryId ?? throw new InvalidOperationException("A request needs a delivery id.");
}
