using ChatOps.Core.Channels;
using ChatOps.Core.Jobs;
using ChatOps.Core.Ledger;

namespace ChatOps.Host.Jobs;

/// <summary>
/// Accepts requests from channels (and replies to deliver) into the durable job queue (the ledger's database) and wakes
/// the worker: one insert per request, keyed by its delivery, which is also the one de-duplication of deliveries. Jobs that
/// arrive while a commit is under way are kept together in the next one (group commit): each caller still returns only
/// once its own request is on disk, but a busy host pays one sync to disk per batch instead of one per request.
/// </summary>
public sealed class ConversationInbox(IJobQueue store, TimeProvider time) : IConversationIntake, IDisposable
{
    /// <summary>Bounds one transaction, so a flood is committed in steps rather than one long write.</summary>
    internal const int MaxBatch = 256;

    /// <summary>How many times the committer yields to let requests in flight join its batch (see <see cref="GatherAsync"/>).</summary>
    private const int MaxGatherRounds = 4;

    private readonly SemaphoreSlim signal = new(0);
    private readonly Lock gate = new();
    private List<Waiting> queued = [];
    private bool committing;

    /// <summary>Keeps the request; false when the same delivery was already accepted (a retry), so it runs once.</summary>
    public Task<bool> EnqueueAsync(ConversationWork work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return EnqueueAsync(JobJson.Request(new RunRequestJob(work), string.Empty, null, work.DeliveryKey, time.GetUtcNow()), cancellationToken);
    }

    /// <summary>Keeps the request; a repeat of an accepted delivery is dropped when a worker takes it (see <see cref="JobRequest.DeduplicateLater"/>).</summary>
    public Task AcceptAsync(ConversationWork work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return EnqueueAsync(JobJson.Request(new RunRequestJob(work), string.Empty, null, work.DeliveryKey, time.GetUtcNow()) with { DeduplicateLater = true }, cancellationToken);
    }

    /// <summary>Keeps a finished answer to deliver, once per <paramref name="key"/>.</summary>
    public Task<bool> EnqueueReplyAsync(string key, DeliverReplyJob reply, CancellationToken cancellationToken = default) =>
        EnqueueAsync(JobJson.Request(reply, string.Empty, null, key, time.GetUtcNow()), cancellationToken);

    /// <summary>Claims a delivery the adapter handles itself; its key never meets a job's (<see cref="ClaimKey"/>).</summary>
    public Task<bool> ClaimAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return store.RecordDeliveryAsync(ClaimKey(key), time.GetUtcNow(), cancellationToken);
    }

    public Task ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return store.ForgetDeliveryAsync(ClaimKey(key), cancellationToken);
    }

    // A claim and a job of the same delivery (a Teams click claimed, then its reply queued under the click's key) must not meet.
    private static string ClaimKey(string key) => "claim:" + key;

    // The caller awaits the commit's own task: a layer of awaiting here would be an object and a step more per request.
    private Task<bool> EnqueueAsync(JobRequest job, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<bool>(cancellationToken);
        }

        var waiting = new Waiting(job);
        bool lead;
        lock (gate)
        {
            queued.Add(waiting);
            lead = !committing;
            committing = true;
        }

        if (lead)
        {
            // The committer runs apart from this request, so the request that started it is answered as soon as its
            // own batch is committed, not after every batch that arrives while it runs.
            _ = Task.Run(CommitQueuedAsync, CancellationToken.None);
        }

        // Not cut short by the caller's cancellation: its request is committed with its batch (milliseconds) or not at
        // all whatever the caller does, and registering every request for cancellation costs more than the wait.
        return waiting.Done.Task;
    }

    /// <summary>Waits until a request is enqueued in this process or <paramref name="poll"/> passes (other instances enqueue too).</summary>
    public Task WaitAsync(TimeSpan poll, CancellationToken cancellationToken) => signal.WaitAsync(poll, cancellationToken);

    public void Dispose() => signal.Dispose();

    private async Task CommitQueuedAsync()
    {
        while (true)
        {
            // Requests already read off their connections and waiting for a thread run first, so they join this
            // batch: on a busy host each commit then takes in the requests in flight, not only the first few. An
            // idle host loses nothing (nothing else is queued, the yield returns at once). While each yield still
            // brings more requests in, it yields again (a few times at most): a commit costs the same pages and
            // system calls for one request or thirty, so a batch twice as large halves what each request pays.
            await GatherAsync();
            List<Waiting> batch;
            lock (gate)
            {
                if (queued.Count == 0)
                {
                    committing = false;
                    return;
                }

                batch = queued.Count <= MaxBatch ? queued : queued[..MaxBatch];
                queued = queued.Count <= MaxBatch ? [] : queued[MaxBatch..];
            }

            try
            {
                // Not the callers' cancellation: a batch is shared, and a caller that gave up must not undo the others.
                var requests = new JobRequest[batch.Count];
                for (var i = 0; i < requests.Length; i++)
                {
                    requests[i] = batch[i].Request;
                }

                var added = await store.EnqueueAsync(requests, CancellationToken.None);
                WakeWorker();
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.TrySetResult(added[i]);
                }
            }
            catch (Exception ex)
            {
                // Nothing of the batch was kept: every caller fails, and the channel's redelivery tries again.
                foreach (var waiting in batch)
                {
                    waiting.Done.TrySetException(ex);
                }
            }
        }
    }

    private async Task GatherAsync()
    {
        var seen = -1;
        for (var round = 0; round < MaxGatherRounds; round++)
        {
            await Task.Yield();
            int count;
            lock (gate)
            {
                count = queued.Count;
            }

            if (count == seen || count >= MaxBatch)
            {
                return;
            }

            seen = count;
        }
    }

    // One wake-up per batch, and none while one is already pending: an instance without workers never takes them,
    // and a count that only grows would overflow.
    private void WakeWorker()
    {
        if (signal.CurrentCount == 0)
        {
            signal.Release();
        }
    }

    private sealed record Waiting(JobRequest Request)
    {
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
