using System.Text.Json.Nodes;
using ChatOps.Core.Approvals;
using ChatOps.Core.Ledger;

namespace ChatOps.Core.Records;

/// <summary>
/// Runs outbox jobs after their ledger commit: posts write-backs (retried with backoff, posted once thanks to the
/// idempotency key), records reminders, lapses expired approvals. Every outcome goes into the ledger.
/// </summary>
public sealed class OutboxWorker
{
    private readonly IOutbox outbox;
    private readonly Dictionary<string, IWriteBackTarget> targets;
    private readonly ApprovalService? approvals;
    private readonly TimeProvider time;
    private readonly OutboxWorkerOptions options;

    public OutboxWorker(IOutbox outbox, IEnumerable<IWriteBackTarget> targets, ApprovalService? approvals, TimeProvider time, OutboxWorkerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        this.outbox = outbox ?? throw new ArgumentNullException(nameof(outbox));
        this.targets = targets.ToDictionary(t => t.Kind, StringComparer.Ordinal);
        this.approvals = approvals;
        this.time = time ?? throw new ArgumentNullException(nameof(time));
        this.options = (options ?? new OutboxWorkerOptions()).Validated();
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

    private async Task<bool> RunAsync(QueuedJob job, CancellationToken cancellationToken)
    {
        switch (job.Kind)
        {
            case JobKinds.WriteBack:
                return await WriteBackAsync(job, cancellationToken);
            case JobKinds.Reminder:
                await outbox.CompleteAsync(job.Id, Outcome(job, LedgerRecordKinds.ReminderSent, JsonNode.Parse(job.Payload)!.AsObject()), cancellationToken);
                return true;
            case JobKinds.Expiry when approvals is not null:
                await approvals.ExpireAsync(job.DraftId ?? string.Empty, JsonNode.Parse(job.Payload)?["version"]?.GetValue<string>() ?? string.Empty, cancellationToken);
                await outbox.CompleteAsync(job.Id, null, cancellationToken);
                return true;
            default:
                await outbox.RetryAsync(job.Id, time.GetUtcNow() + options.MaxRetryDelay, $"No handler for job kind '{job.Kind}' in this worker.", cancellationToken);
                return false;
        }
    }

    private async Task<bool> WriteBackAsync(QueuedJob job, CancellationToken cancellationToken)
    {
        var kind = WriteBackRequest.TargetOf(job);
        using var activity = WriteBackTelemetry.Start(job, kind);
        if (!targets.TryGetValue(kind, out var target))
        {
            WriteBackTelemetry.Finish(activity, kind, WriteBackTelemetry.NoTarget, WriteBackTelemetry.NoTarget);
            await outbox.RetryAsync(job.Id, time.GetUtcNow() + options.MaxRetryDelay, $"No write-back target '{kind}' is configured.", cancellationToken);
            return false;
        }

        try
        {
            var receipt = await target.WriteAsync(WriteBackRequest.FromJob(job), cancellationToken);
            var outcome = receipt.AlreadyPresent ? WriteBackTelemetry.AlreadyPosted : WriteBackTelemetry.Posted;
            await outbox.CompleteAsync(job.Id, Outcome(job, LedgerRecordKinds.WriteBack, new JsonObject
            {
                ["target"] = kind,
                ["external_id"] = receipt.ExternalId,
                ["url"] = receipt.Url,
                ["outcome"] = outcome,
                ["attempts"] = job.Attempts,
            }), cancellationToken);
            WriteBackTelemetry.Finish(activity, kind, outcome);
            return true;
        }
        catch (WriteBackException ex) when (ex.IsTransient && job.Attempts < options.MaxAttempts)
        {
            WriteBackTelemetry.Finish(activity, kind, WriteBackTelemetry.Retrying, WriteBackTelemetry.ErrorType(ex));
            await outbox.RetryAsync(job.Id, time.GetUtcNow() + options.RetryDelay(job.Attempts), ex.Message, cancellationToken);
            return false;
        }
        catch (WriteBackException ex)
        {
            WriteBackTelemetry.Finish(activity, kind, WriteBackTelemetry.Failed, WriteBackTelemetry.ErrorType(ex));
            await outbox.CompleteAsync(job.Id, Outcome(job, LedgerRecordKinds.WriteBack, new JsonObject
            {
                ["target"] = kind, ["outcome"] = WriteBackTelemetry.Failed, ["reason"] = ex.Message, ["attempts"] = job.Attempts,
            }), cancellationToken);
            return true;
        }
    }

    private static LedgerEntry Outcome(QueuedJob job, string kind, JsonObject payload)
    {
        payload["job"] = job.IdempotencyKey;
        return new LedgerEntry(kind, job.Workflow, job.DraftId, JsonNode.Parse(job.Payload)?["thread"]?.GetValue<string>(), JsonNode.Parse(job.Payload)?["ticket"]?.GetValue<string>(), $"done:{job.IdempotencyKey}", payload);
    }
}
