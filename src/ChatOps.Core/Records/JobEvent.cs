using ChatOps.Core.Ledger;

namespace ChatOps.Core.Records;

/// <summary>What became of an outbox job, for telling people: where approved text went, a failure, a reminder, an expiry.</summary>
public sealed record JobEvent(QueuedJob Job, JobEventKind Kind)
{
    /// <summary>The target written to (the journal when the policy's target has no credentials here).</summary>
    public string? Target { get; init; }

    /// <summary>The target the policy names, when another one was used instead.</summary>
    public string? InsteadOf { get; init; }

    public WriteBackReceipt? Receipt { get; init; }

    /// <summary>Why it failed, in words a person can act on.</summary>
    public string? Reason { get; init; }

    /// <summary>When a failed attempt runs again.</summary>
    public DateTimeOffset? NextAttempt { get; init; }
}
