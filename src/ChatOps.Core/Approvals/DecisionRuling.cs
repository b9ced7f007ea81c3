namespace ChatOps.Core.Approvals;

/// <summary>The rules' answer to a decision: its outcome and, when recorded, the draft's status after it.</summary>
public sealed record DecisionRuling(ApprovalOutcomeKind Kind, string Message, ApprovalStatus Status);
