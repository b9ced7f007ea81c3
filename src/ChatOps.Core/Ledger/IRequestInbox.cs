namespace ChatOps.Core.Ledger;

/// <summary>
/// The durable inbox of accepted chat requests, kept in the ledger's database: a delivery is enqueued once, claimed
/// under a lease by one worker of any instance, and completed once; a lease that runs out hands it to another worker.
/// </summary>
public interface IRequestInbox
{
    /// <summary>Adds the request; false when its delivery key is already there (a retried delivery).</summary>
    Task<bool> EnqueueRequestAsync(InboxRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds the requests in one transaction, so many accepted requests share one durable commit; each answer is false
    /// when that delivery key was already there (also earlier in the same list). All or none are kept.
    /// </summary>
    Task<IReadOnlyList<bool>> EnqueueRequestsAsync(IReadOnlyList<InboxRequest> requests, CancellationToken cancellationToken = default);

    /// <summary>Claims up to <paramref name="max"/> pending requests that no live lease holds, oldest first.</summary>
    Task<IReadOnlyList<InboxItem>> ClaimRequestsAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Extends the leases of requests still being worked on to <paramref name="until"/>, so a request that takes longer
    /// than one lease (a slow model) is not taken over and run a second time. A lease that already ran out at
    /// <paramref name="now"/> is not renewed: another worker may hold the request by now.
    /// </summary>
    Task RenewRequestsAsync(IReadOnlyCollection<long> ids, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>
    /// Leaves requests pending but not to be claimed before <paramref name="until"/>: a request kept for later (its model
    /// endpoint asked us to come back after a while). Completed requests are not touched.
    /// </summary>
    Task DeferRequestsAsync(IReadOnlyCollection<long> ids, DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>Marks the request handled; a second completion changes nothing.</summary>
    Task CompleteRequestAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Marks the requests handled in one transaction; completing one twice changes nothing.</summary>
    Task CompleteRequestsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default);

    /// <summary>How many requests are not yet handled.</summary>
    Task<int> PendingRequestsAsync(CancellationToken cancellationToken = default);
}
