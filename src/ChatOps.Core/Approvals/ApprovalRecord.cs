namespace ChatOps.Core.Approvals;

/// <summary>One approval as a who-approved query answers it.</summary>
public sealed record ApprovalRecord(string DraftId, string Workflow, string? Thread, string? Ticket, string Approver, IReadOnlyList<string> Roles, DateTimeOffset At, string Version, long Sequence);
