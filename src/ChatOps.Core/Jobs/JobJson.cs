using System.Text.Json;
using ChatOps.Core.Ledger;

namespace ChatOps.Core.Jobs;

/// <summary>Writes typed job payloads into queue requests and reads claimed jobs back into their payload record.</summary>
public static class JobJson
{
    /// <summary>The verb of a notice's stand-in action in inboxes of earlier builds.</summary>
    public const string NoticeVerb = "notice";

    /// <summary>A queue request for <paramref name="payload"/>, of its kind.</summary>
    public static JobRequest Request(JobPayload payload, string workflow, string? draftId, string idempotencyKey, DateTimeOffset dueAt)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return new JobRequest(payload.Kind, workflow, draftId, idempotencyKey, SerializeToUtf8(payload), dueAt);
    }

    /// <summary>The payload's JSON as UTF-8, written once: a store binds it as it is.</summary>
    public static byte[] SerializeToUtf8(JobPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return payload is RunRequestJob run
            ? JsonSerializer.SerializeToUtf8Bytes(run, JobJsonContext.Default.RunRequestJob)
            : JsonSerializer.SerializeToUtf8Bytes(payload, payload.GetType(), JobJsonContext.Default);
    }

    public static string Serialize(JobPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return JsonSerializer.Serialize(payload, payload.GetType(), JobJsonContext.Default);
    }

    /// <summary>The job's payload as its kind's record; throws, naming the job, when the payload is not of that kind or of a newer version.</summary>
    public static JobPayload Read(QueuedJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.Kind switch
        {
            JobKinds.RunRequest => Read<RunRequestJob>(job),
            JobKinds.DeliverReply => Read<DeliverReplyJob>(job),
            JobKinds.DecisionNotice => Read<DecisionNoticeJob>(job),
            JobKinds.WriteBack => Read<WriteBackJob>(job),
            JobKinds.Reminder => Read<ReminderJob>(job),
            JobKinds.Expiry => Read<ExpiryJob>(job),
            JobKinds.StaleApproval => Read<StaleApprovalJob>(job),
            _ => throw new InvalidOperationException($"Job {job.Id} ({job.IdempotencyKey}) is of kind '{job.Kind}', which this build does not know."),
        };
    }

    /// <summary>The job's payload as <typeparamref name="T"/>.</summary>
    public static T Read<T>(QueuedJob job)
        where T : JobPayload
    {
        ArgumentNullException.ThrowIfNull(job);
        T? payload;
        try
        {
            payload = JsonSerializer.Deserialize(job.Payload, typeof(T), JobJsonContext.Default) as T;
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Job {job.Id} ({job.IdempotencyKey}) has a payload that is not a {job.Kind} job: {ex.Message}", ex);
        }

        if (payload is null)
        {
            throw new InvalidOperationException($"Job {job.Id} ({job.IdempotencyKey}) has an empty payload.");
        }

        return payload.PayloadVersion <= JobPayload.CurrentVersion
            ? payload
            : throw new InvalidOperationException($"Job {job.Id} ({job.IdempotencyKey}) has a v{payload.PayloadVersion} payload; this build reads up to v{JobPayload.CurrentVersion}. Run a newer build.");
    }

    /// <summary>Turns a request kept by the inbox of an earlier build into its job (kind and payload).</summary>
    public static (string Kind, string Payload) UpgradeInboxRow(string legacyPayload)
    {
        var row = JsonSerializer.Deserialize(legacyPayload, JobJsonContext.Default.LegacyInboxRequest)
            ?? throw new InvalidOperationException("An inbox request of an earlier build is empty.");
        var job = row.Upgrade();
        return (job.Kind, Serialize(job));
    }
}
