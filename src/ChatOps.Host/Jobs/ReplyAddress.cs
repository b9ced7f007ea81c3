namespace ChatOps.Host.Jobs;

/// <summary>Where answers to a request go: the channel, conversation and thread, the card message acted on, and who acted.</summary>
public sealed record ReplyAddress(string Channel, string ConversationId, string ThreadId, string? MessageId, string Actor);
