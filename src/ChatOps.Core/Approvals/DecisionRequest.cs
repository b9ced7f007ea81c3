using ChatOps.Core.Jobs;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Approvals;

/// <summary>
/// A decision as delivered by a channel: on which draft version, by whom, the delivery's own id if it has one, and
/// where the news of it goes when the channel asks for it to be queued with the decision.
/// </summary>
public sealed record DecisionRequest(string DraftId, string Version, Person Approver, DecisionVerdict Verdict, string? Reason = null, string? DeliveryId = null, DecisionNotice? Notice = null);
