using ChatOps.Core.Evidence;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Conversations;

/// <summary>What a person said to the bot, already authenticated by the channel adapter.</summary>
public sealed record IncomingMessage(ChannelIdentity From, ConversationRef Where, string Text)
{
    /// <summary>The thread so far, oldest first, as the channel returned it; becomes evidence.</summary>
    public IReadOnlyList<ThreadMessage> Thread { get; init; } = [];

    /// <summary>Attachments or pasted results the adapter turned into sources (log-query results, documents).</summary>
    public IReadOnlyList<Source> Attachments { get; init; } = [];

    /// <summary>The channel's own id for this delivery; a repeat with the same id is answered once.</summary>
    public string? DeliveryId { get; init; }
}
