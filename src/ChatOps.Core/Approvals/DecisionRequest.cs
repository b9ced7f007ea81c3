using ChatOps.Core.Policy;

namespace ChatOps.Core.Approvals;

/// <summary>A decision as delivered by a channel: on which draft version, by whom, and the delivery's own id if it has one.</summary>
public sealed record DecisionRequest(string DraftId, string Version, Person Approver, DecisionVerdict Verdict, string? Reason = null, string? DeliveryId = null);
