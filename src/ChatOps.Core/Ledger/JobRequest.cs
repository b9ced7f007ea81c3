namespace ChatOps.Core.Ledger;

/// <summary>Work to run after the ledger commit (outbox): a write-back, a reminder or an expiry, due at a time.</summary>
/// <remarks>IdempotencyKey: Unique per job; enqueuing the same key twice keeps one job, and targets use it to post once.</remarks>
public sealed record JobRequest(string Kind, string Workflow, string? DraftId, string IdempotencyKey, string Payload, DateTimeOffset DueAt);
