namespace ChatOps.Teams.Outbound;

/// <summary>Where to send: the stored serviceUrl and conversation id (and tenant) of a conversation the bot is in.</summary>
public sealed record ConversationReference(string ServiceUrl, string ConversationId, string? TenantId = null);
