namespace ChatOps.Teams.Inbound;

/// <summary>Where it happened, and everything needed to answer there.</summary>
/// <param name="ServiceUrl">The Connector base URL to answer through, exactly as the validated activity gave it.</param>
/// <param name="ConversationId">The conversation (a channel thread id carries <c>;messageid=</c>).</param>
/// <param name="ConversationType"><c>personal</c>, <c>groupChat</c> or <c>channel</c>.</param>
/// <param name="ThreadId">The root message of the thread, when the conversation id names one.</param>
/// <param name="ReplyToId">The message this activity answers, such as the card whose button was clicked.</param>
public sealed record InboundPlace(
    string ServiceUrl, string ConversationId, string ConversationType, string? ThreadId, string? ReplyToId)
{
    /// <summary>What a channel thread's conversation id ends with, followed by the thread's root message id.</summary>
    internal const string ThreadMarker = ";messageid=";

    /// <summary>The conversation without the thread: the channel (or chat) every thread of it shares.</summary>
    public string RootConversationId =>
        ConversationId.IndexOf(ThreadMarker, StringComparison.OrdinalIgnoreCase) is var at and >= 0 ? ConversationId[..at] : ConversationId;
}
