using System.Collections.Concurrent;
using ChatOps.Core.Jobs;
using ChatOps.Core.Ledger;
using ChatOps.Core.Records;
using ChatOps.Host.Settings;
using Microsoft.Extensions.Options;

namespace ChatOps.Host.Jobs;

/// <summary>
/// The one worker of the job queue on instances that run workers: claims due jobs under a lease (renewed while they
/// run), runs chat jobs through <see cref="ConversationJobs"/> and record jobs (write-backs, reminders, expiries)
/// through the <see cref="OutboxWorker"/>. A job claimed by a worker that died is claimed again when its lease runs out.
/// </summary>
/// <remarks>
/// The jobs of one conversation thread run one after another, oldest first, because a later message may build on an
/// earlier one (evidence pasted before a draft); different threads, and record jobs, run side by side.
/// </remarks>
internal sealed partial class JobWorker(
    IJobQueue queue,
    ConversationInbox inbox,
    ConversationJobs conversations,
    OutboxWorker records,
    IOptions<InboxSettings> settings,
    TimeProvider time,
    ILogger<JobWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    /// <summary>Lanes handled at once: enough to overlap one thread's Connector round trips with another's work.</summary>
    private const int ParallelLanes = 4;

    private readonly ClaimSize claimSize = new(settings.Value.Lease);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.Workers)
        {
            // An ingest instance: what it accepts is run by the instances that run workers.
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<QueuedJob> jobs;
            var claimedAt = time.GetUtcNow();
            try
            {
                jobs = await queue.ClaimAsync(claimedAt, claimSize.Next, settings.Value.Lease, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            if (jobs.Count > 0)
            {
                // A job under way is finished even during shutdown; what is not claimed yet stays queued for the next start.
                var startBy = claimedAt + (settings.Value.Lease / 2);
                var lanes = jobs.Select(j => new Claimed(j, ConversationJobs.Read(j))).GroupBy(c => c.Lane);
                var kept = new ConcurrentBag<(long Id, DateTimeOffset Until)>();
                await using (LeaseRenewal.Start(queue, [.. jobs.Select(j => j.Id)], settings.Value.Lease, time, logger))
                {
                    await Parallel.ForEachAsync(lanes, new ParallelOptions { MaxDegreeOfParallelism = ParallelLanes },
                        async (lane, _) => await RunLaneAsync(lane.ToArray(), startBy, kept, CancellationToken.None));
                }

                // Only once the claim's renewals have stopped, so none of them pushes a kept job's time back out.
                foreach (var (id, until) in kept)
                {
                    await queue.RetryAsync(id, until, "Kept for later: its model endpoint asked to come back.", CancellationToken.None);
                }

                continue;
            }

            try
            {
                await inbox.WaitAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    // The lane's handled chat jobs are completed together once the last answer is out: one commit for the lane's share
    // of the claim. A crash before it runs them again, which only sends their answers again.
    private async Task RunLaneAsync(Claimed[] lane, DateTimeOffset startBy, ConcurrentBag<(long Id, DateTimeOffset Until)> kept, CancellationToken cancellationToken)
    {
        var handled = new List<long>(lane.Length);
        for (var i = 0; i < lane.Length; i++)
        {
            if (time.GetUtcNow() > startBy)
            {
                // The claim was sized for quicker jobs than these. The rest are not started here: once this claim
                // ends their leases are no longer renewed, and they go to whichever worker claims them first then.
                LogClaimOverran(logger, lane.Length - i);
                break;
            }

            var (job, chat) = (lane[i].Job, lane[i].Chat);
            var started = time.GetTimestamp();
            try
            {
                if (chat is null)
                {
                    await records.RunAsync(job, cancellationToken);
                }
                else
                {
                    var outcome = await conversations.RunAsync(job, chat, cancellationToken);
                    if (outcome.Done)
                    {
                        handled.Add(job.Id);
                    }
                    else if (outcome.KeepUntil is { } until)
                    {
                        kept.Add((job.Id, until));
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One failed job must not stop the worker: it runs again when its lease runs out.
                LogFailed(logger, ex.GetType().Name, job.Id, job.Kind, FailureReason.Of(ex));
            }

            claimSize.Observe(time.GetElapsedTime(started));
        }

        await queue.CompleteAsync(handled, cancellationToken);
    }

    /// <summary>A claimed job, with its chat payload when it is a chat job (read once), and the lane it runs in.</summary>
    private sealed record Claimed(QueuedJob Job, JobPayload? Chat)
    {
        public string Lane => ConversationJobs.ThreadOf(Chat) ?? $"job:{Job.Id}";
    }

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Half the lease passed before {Left} claimed jobs of a thread could start; they run again when their lease ends.")]
    private static partial void LogClaimOverran(ILogger logger, int left);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "Job {JobId} ({Kind}) failed with {ExceptionType}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string exceptionType, long jobId, string kind, string reason);
}
