namespace ChatOps.Teams.Outbound;

/// <summary>One posted copy of an approval card on Teams: where it is, and whether it is an approver's own (1:1) copy, which keeps its buttons.</summary>
internal sealed record TeamsCardCopy(string ServiceUrl, string ConversationId, string ActivityId, string? TenantId, bool Personal);
