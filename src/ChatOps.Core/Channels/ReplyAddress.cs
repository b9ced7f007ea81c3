namespace ChatOps.Core.Channels;

/// <summary>Where answers to a request go: the channel, conversation and thread, the card message acted on, and who acted.</summary>
public sealed record ReplyAddress(string Channel, string ConversationId, string ThreadId, string? MessageId, string Actor)
{
    /// <summary>The channel's id of the message that made the request (Slack: its ts); the thread history is read up to it.</summary>
    public string? RequestMessageId { get; init; }

    /// <summary>The base URL the channel wants answers sent to, when it names one per conversation (Teams' serviceUrl).</summary>
    public string? Endpoint { get; init; }

    /// <summary>The organisation the conversation belongs to, when the channel needs it to answer (a Teams tenant).</summary>
    public string? Tenant { get; init; }
}
