using System.Diagnostics.CodeAnalysis;
using ChatOps.Core.Ledger;

namespace ChatOps.Core.Jobs;

/// <summary>
/// The one durable job queue, kept in the ledger's database: chat requests to run, replies to deliver, write-backs,
/// reminders and expiries. A job is enqueued once per idempotency key (with a ledger append, in its transaction, or on
/// its own), claimed by one worker of any instance under a lease, and finished once: done, or failed after its last
/// attempt, where operators see it (<c>chatops outbox list</c>) and can run it again (<c>chatops outbox retry</c>).
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "It is a queue: the name says what it does.")]
public interface IJobQueue
{
    /// <summary>
    /// Adds the jobs in one transaction (all or none); each answer is false when that key was already there (also
    /// earlier in the same list): the one durable de-duplication of channel deliveries.
    /// </summary>
    Task<IReadOnlyList<bool>> EnqueueAsync(IReadOnlyList<JobRequest> jobs, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a delivery handled without a job (<see cref="JobKinds.DeliveryClaim"/>, done at once) under the same
    /// unique key as jobs; false when the key was already there, as a delivery or a job: the channel's repeat.
    /// </summary>
    Task<bool> RecordDeliveryAsync(string idempotencyKey, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Forgets a delivery recorded by <see cref="RecordDeliveryAsync"/> whose handling failed, so the channel's redelivery is taken; jobs are never forgotten.</summary>
    Task ForgetDeliveryAsync(string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>Claims up to <paramref name="max"/> due jobs that no live lease holds, oldest due first; each claim counts an attempt.</summary>
    Task<IReadOnlyList<QueuedJob>> ClaimAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Extends the leases of jobs still being worked on to <paramref name="until"/>, so a job slower than one lease (a
    /// slow model) is not taken over and run twice. A lease that already ran out at <paramref name="now"/> is not renewed.
    /// </summary>
    Task RenewAsync(IReadOnlyCollection<long> ids, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>Marks the jobs done in one transaction; completing one twice changes nothing.</summary>
    Task CompleteAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default);

    /// <summary>Marks the job done and appends its outcome to the ledger in the same transaction; false when it was already finished or the outcome was already recorded.</summary>
    Task<bool> CompleteAsync(long jobId, LedgerEntry? outcome, CancellationToken cancellationToken = default);

    /// <summary>Releases the job to run again at <paramref name="notBefore"/> (backoff), keeping the reason for operators; the claim stays counted.</summary>
    Task RetryAsync(long jobId, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken = default);

    /// <summary>Puts the job back until <paramref name="notBefore"/> without counting the claim as an attempt (its workflow is paused).</summary>
    Task PostponeAsync(long jobId, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken = default);

    /// <summary>Marks the job failed (dead: it runs no more until someone retries it) and appends its outcome, if any, in the same transaction.</summary>
    Task<bool> FailAsync(long jobId, LedgerEntry? outcome, string reason, CancellationToken cancellationToken = default);

    /// <summary>Makes a failed job pending again, due at <paramref name="now"/>, with its attempts reset; null when no failed job has that id or key.</summary>
    Task<OutboxJob?> RequeueAsync(string idOrKey, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The jobs not yet done (pending and failed), or only the failed ones, oldest first.</summary>
    Task<IReadOnlyList<OutboxJob>> ListAsync(bool failedOnly, CancellationToken cancellationToken = default);

    /// <summary>How many jobs are not yet done.</summary>
    Task<int> PendingCountAsync(CancellationToken cancellationToken = default);
}
