namespace ChatOps.Core.Approvals;

/// <summary>A paused workflow: who paused it, why, and when.</summary>
public sealed record WorkflowPause(string Workflow, string By, string Reason, DateTimeOffset At);
