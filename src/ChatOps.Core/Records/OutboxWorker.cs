using ChatOps.Core.Approvals;
using ChatOps.Core.Jobs;
using ChatOps.Core.Ledger;
using ChatOps.Core.Ledger.Records;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Records;

/// <summary>
/// Runs outbox jobs after their ledger commit: posts write-backs (retried with backoff, posted once thanks to the
/// idempotency key), sends reminders and nudges, lapses expired approvals. Every outcome goes into the ledger, and
/// the listener tells the people concerned before the job is finished. A failed job stays <c>failed</c> until retried.
/// The host's job worker hands it the record jobs it claims (<see cref="RunAsync"/>); <see cref="RunOnceAsync"/> claims
/// on its own, for tools and tests that run no host.
/// </summary>
public sealed class OutboxWorker
{
    /// <summary>How often a job of a paused workflow looks again whether it may run.</summary>
    public static readonly TimeSpan PausedRecheck = TimeSpan.FromSeconds(5);

    private readonly IJobQueue outbox;
    private readonly Dictionary<string, IWriteBackTarget> targets;
    private readonly ApprovalService? approvals;
    private readonly TimeProvider time;
    private readonly OutboxWorkerOptions options;
    private readonly WorkflowSwitch? switches;
    private readonly IJobListener? listener;

    public OutboxWorker(
        IJobQueue outbox,
        IEnumerable<IWriteBackTarget> targets,
        ApprovalService? approvals,
        TimeProvider time,
        OutboxWorkerOptions? options = null,
        WorkflowSwitch? switches = null,
        IJobListener? listener = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        this.outbox = outbox ?? throw new ArgumentNullException(nameof(outbox));
        this.targets = targets.ToDictionary(t => t.Kind, StringComparer.Ordinal);
        this.approvals = approvals;
        this.time = time ?? throw new ArgumentNullException(nameof(time));
        this.options = (options ?? new OutboxWorkerOptions()).Validated();
        this.switches = switches;
        this.listener = listener;
    }

    /// <summary>Claims and runs one batch of due jobs; returns how many it finished (done or given up).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var jobs = await outbox.ClaimAsync(time.GetUtcNow(), options.BatchSize, options.Lease, cancellationToken);
        var finished = 0;
        foreach (var job in jobs)
        {
            finished += await RunAsync(job, cancellationToken) ? 1 : 0;
        }

        return finished;
    }

    /// <summary>Runs batches until cancelled, waiting the poll interval when nothing is due.</summary>
    public async Task RunUntilCancelledAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            if (await RunOnceAsync(cancellationToken) == 0)
            {
                await Task.Delay(options.PollInterval, time, cancellationToken);
            }
        }
    }

    /// <summary>Runs one claimed job to its next state (done, retried, postponed or failed); true when it is finished.</summary>
    public async Task<bool> RunAsync(QueuedJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (switches is not null && await switches.IsSwitchedOffAsync(job.Workflow, cancellationToken))
        {
            // A paused workflow's jobs wait, without spending their attempts, until it is resumed.
            await outbox.PostponeAsync(job.Id, time.GetUtcNow() + PausedRecheck, $"The {job.Workflow} workflow is paused.", cancellationToken);
            return false;
        }

        JobPayload payload;
        try
        {
            payload = JobJson.Read(job);
        }
        catch (InvalidOperationException ex)
        {
            // A payload this build cannot read never becomes readable by waiting: it is failed where operators see it.
            await outbox.FailAsync(job.Id, null, ex.Message, cancellationToken);
            return true;
        }

        switch (payload)
        {
            case WriteBackJob writeBack:
                return await WriteBackAsync(job, writeBack, cancellationToken);
            case ReminderJob reminder:
                await TellAsync(new JobEvent(job, JobEventKind.ReminderDue), cancellationToken);
                await outbox.CompleteAsync(job.Id, Outcome(job, reminder.Thread, null,
                    new ReminderSentV1(job.IdempotencyKey, reminder.Version, reminder.Thread, reminder.Owner, reminder.ExpiresAt, null, null)), cancellationToken);
                return true;
            case StaleApprovalJob stale when approvals is not null:
                return await NudgeAsync(job, stale, cancellationToken);
            case ExpiryJob expiry when approvals is not null:
                var expired = await approvals.ExpireAsync(job.DraftId ?? string.Empty, expiry.Version, cancellationToken);
                if (expired.Kind == ApprovalOutcomeKind.Recorded)
                {
                    await TellAsync(new JobEvent(job, JobEventKind.Expired), cancellationToken);
                }

                await outbox.CompleteAsync(job.Id, null, cancellationToken);
                return true;
            default:
                await outbox.RetryAsync(job.Id, time.GetUtcNow() + options.MaxRetryDelay, $"No handler for job kind '{job.Kind}' in this worker.", cancellationToken);
                return false;
        }
    }

    // A request still waiting for the same version after remind_after_hours nudges its approvers, once.
    private async Task<bool> NudgeAsync(QueuedJob job, StaleApprovalJob stale, CancellationToken cancellationToken)
    {
        var state = await approvals!.GetStateAsync(job.DraftId ?? string.Empty, cancellationToken);
        if (state is not { Status: ApprovalStatus.PendingApproval } || state.Version != stale.Version)
        {
            await outbox.CompleteAsync(job.Id, null, cancellationToken);
            return true;
        }

        await TellAsync(new JobEvent(job, JobEventKind.StaleApproval), cancellationToken);
        await outbox.CompleteAsync(job.Id, Outcome(job, stale.Thread, null,
            new ReminderSentV1(job.IdempotencyKey, stale.Version, stale.Thread, null, null, stale.WaitingSince, ReminderSentV1.StaleApproval)), cancellationToken);
        return true;
    }

    private async Task<bool> WriteBackAsync(QueuedJob job, WriteBackJob payload, CancellationToken cancellationToken)
    {
        var request = WriteBackRequest.From(job, payload);
        var policyKind = payload.Target ?? string.Empty;
        var (target, kind, routed) = Route(policyKind, request);
        using var activity = WriteBackTelemetry.Start(job, kind);
        if (target is null)
        {
            WriteBackTelemetry.Finish(activity, kind, WriteBackTelemetry.NoTarget, WriteBackTelemetry.NoTarget);
            await FailAsync(job, payload, kind, null, $"No write-back target '{kind}' is configured on this host.", cancellationToken);
            return true;
        }

        try
        {
            var receipt = await WriteAsync(target, kind, routed, cancellationToken);
            var outcome = receipt.AlreadyPresent ? WriteBackTelemetry.AlreadyPosted : WriteBackTelemetry.Posted;
            var insteadOf = kind == policyKind ? null : policyKind;
            await TellAsync(new JobEvent(job, JobEventKind.WrittenBack) { Target = kind, InsteadOf = insteadOf, Receipt = receipt }, cancellationToken);
            await outbox.CompleteAsync(job.Id, Outcome(job, payload.Thread, payload.Ticket,
                new WriteBackV1(job.IdempotencyKey, kind, insteadOf, receipt.ExternalId, receipt.Url, outcome, null, job.Attempts)), cancellationToken);
            WriteBackTelemetry.Finish(activity, kind, outcome);
            return true;
        }
        catch (WriteBackException ex) when (ex.IsTransient && job.Attempts < options.MaxAttempts)
        {
            WriteBackTelemetry.Finish(activity, kind, WriteBackTelemetry.Retrying, WriteBackTelemetry.ErrorType(ex));
            var next = time.GetUtcNow() + options.RetryDelay(job.Attempts);
            if (job.Attempts == 1)
            {
                // The first failure is said at once; later attempts only run, so the thread is not flooded.
                await TellAsync(new JobEvent(job, JobEventKind.Retrying) { Target = kind, Reason = ex.Message, NextAttempt = next }, cancellationToken);
            }

            await outbox.RetryAsync(job.Id, next, ex.Message, cancellationToken);
            return false;
        }
        catch (WriteBackException ex)
        {
            WriteBackTelemetry.Finish(activity, kind, WriteBackTelemetry.Failed, WriteBackTelemetry.ErrorType(ex));
            await FailAsync(job, payload, kind, job.Attempts > 1 ? $"{ex.Message} (gave up after {job.Attempts} attempts)" : ex.Message, null, cancellationToken);
            return true;
        }
    }

    // A target that fails in a way it did not foresee (a full disk, a bug) is a transient failure: retried, then failed, never a dead worker.
    private static async Task<WriteBackReceipt> WriteAsync(IWriteBackTarget target, string kind, WriteBackRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await target.WriteAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is not WriteBackException and not OperationCanceledException)
        {
            throw new WriteBackException($"The {kind} write-back failed: {ex.Message}", isTransient: true, ex);
        }
    }

    private async Task FailAsync(QueuedJob job, WriteBackJob payload, string kind, string? reason, string? configuration, CancellationToken cancellationToken)
    {
        var why = reason ?? configuration ?? "The write-back failed.";
        await TellAsync(new JobEvent(job, JobEventKind.Failed) { Target = kind, Reason = why }, cancellationToken);
        await outbox.FailAsync(job.Id, Outcome(job, payload.Thread, payload.Ticket,
            new WriteBackV1(job.IdempotencyKey, kind, null, null, null, WriteBackTelemetry.Failed, why, job.Attempts)), why, cancellationToken);
    }

    // The policy's target when this host has its credentials; otherwise the journal, so approved text is never lost.
    private (IWriteBackTarget? Target, string Kind, WriteBackRequest Request) Route(string policyKind, WriteBackRequest request)
    {
        if (targets.TryGetValue(policyKind, out var target) && target.HasCredentials(request.Settings))
        {
            return (target, policyKind, request);
        }

        if (policyKind != WriteBackTarget.Journal && targets.TryGetValue(WriteBackTarget.Journal, out var journal))
        {
            var settings = new Dictionary<string, string>(StringComparer.Ordinal) { ["path"] = $"{request.Workflow}.md" };
            return (journal, WriteBackTarget.Journal, request with { Settings = settings });
        }

        // No journal to fall back on: the policy's target says what it lacks.
        return (target, policyKind, request);
    }

    private async Task TellAsync(JobEvent jobEvent, CancellationToken cancellationToken)
    {
        if (listener is not null)
        {
            await listener.OnJobAsync(jobEvent, cancellationToken);
        }
    }

    private static LedgerEntry Outcome<T>(QueuedJob job, string? thread, string? ticket, T body)
        where T : LedgerBody, ILedgerBody<T> =>
        // Keyed by the run: a crashed run that runs again records once; a job retried by hand records its new outcome.
        LedgerBodies.Entry(body, job.Workflow, job.DraftId, thread, ticket, $"done:{job.IdempotencyKey}:{job.DueAt.UtcTicks}");
}
