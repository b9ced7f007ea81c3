namespace ChatOps.Core.Ledger;

/// <summary>A job claimed from the queue, with how many times it has been tried (this claim included).</summary>
public sealed record QueuedJob(long Id, string Kind, string Workflow, string? DraftId, string IdempotencyKey, string Payload, DateTimeOffset DueAt, int Attempts);
