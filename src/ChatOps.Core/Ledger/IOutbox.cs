namespace ChatOps.Core.Ledger;

/// <summary>The durable outbox: jobs written with ledger records, claimed by workers under a lease, finished once.</summary>
public interface IOutbox
{
    /// <summary>Claims up to <paramref name="max"/> due jobs that no live lease holds; each claim counts an attempt.</summary>
    Task<IReadOnlyList<QueuedJob>> ClaimAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Marks the job done and appends its outcome to the ledger in the same transaction; a second completion is ignored.</summary>
    Task<bool> CompleteAsync(long jobId, LedgerEntry? outcome, CancellationToken cancellationToken = default);

    /// <summary>Marks the job failed (it runs no more until someone retries it) and appends its outcome in the same transaction.</summary>
    Task<bool> FailAsync(long jobId, LedgerEntry outcome, string reason, CancellationToken cancellationToken = default);

    /// <summary>Releases the job to run again at <paramref name="notBefore"/>, keeping the reason for operators.</summary>
    Task RetryAsync(long jobId, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken = default);

    /// <summary>Puts the job back until <paramref name="notBefore"/> without counting the claim as an attempt (its workflow is paused).</summary>
    Task PostponeAsync(long jobId, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken = default);

    /// <summary>Makes a failed job pending again, due at <paramref name="now"/>, with its attempts reset; false when no failed job has that id or key.</summary>
    Task<OutboxJob?> RequeueAsync(string idOrKey, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The jobs not yet done (pending and failed), or only the failed ones, oldest first.</summary>
    Task<IReadOnlyList<OutboxJob>> ListAsync(bool failedOnly, CancellationToken cancellationToken = default);

    /// <summary>How many jobs are not yet done.</summary>
    Task<int> PendingCountAsync(CancellationToken cancellationToken = default);
}
