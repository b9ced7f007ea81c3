namespace ChatOps.Teams.Inbound;

/// <summary>The bot was added to a conversation: time for a welcome.</summary>
/// <param name="ActivityId">The conversationUpdate's activity id.</param>
/// <param name="Where">The conversation to welcome.</param>
/// <param name="TenantId">The tenant it belongs to.</param>
/// <param name="AddedBy">The person who added it, when Teams says so.</param>
public sealed record InboundInstall(string ActivityId, InboundPlace Where, string TenantId, InboundPerson? AddedBy);
