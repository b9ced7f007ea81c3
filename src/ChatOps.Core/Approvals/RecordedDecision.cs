namespace ChatOps.Core.Approvals;

/// <summary>One decision on one version of a draft, as the ledger holds it.</summary>
public sealed record RecordedDecision(string Approver, IReadOnlyList<string> Roles, DecisionVerdict Verdict, string Version, DateTimeOffset At, string? Reason, long Sequence);
