namespace ChatOps.Core.Ledger;

/// <summary>A job as operators see it: what it is, where it stands (<c>pending</c>, <c>failed</c>, <c>done</c>), how often it ran and why it last failed.</summary>
public sealed record OutboxJob(long Id, string Kind, string Workflow, string? DraftId, string IdempotencyKey, string State, int Attempts, DateTimeOffset DueAt, string? LastError);
