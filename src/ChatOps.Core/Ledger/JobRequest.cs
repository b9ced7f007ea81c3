using System.Text;

namespace ChatOps.Core.Ledger;

/// <summary>Work to run after the ledger commit (outbox): a write-back, a reminder or an expiry, due at a time.</summary>
/// <remarks>
/// IdempotencyKey: Unique per job; enqueuing the same key twice keeps one job, and targets use it to post once.
/// The payload is JSON, kept as it was made: text, or the UTF-8 a serializer wrote (a chat request on the hot path of
/// an acknowledgement), which a store that takes UTF-8 binds as it is; the other form is made only when asked for.
/// </remarks>
public sealed record JobRequest
{
    private readonly string? payload;
    private readonly ReadOnlyMemory<byte> payloadUtf8;

    public JobRequest(string kind, string workflow, string? draftId, string idempotencyKey, string payload, DateTimeOffset dueAt)
        : this(kind, workflow, draftId, idempotencyKey, dueAt)
    {
        ArgumentNullException.ThrowIfNull(payload);
        this.payload = payload;
    }

    /// <summary>A job whose payload is the UTF-8 JSON a serializer wrote.</summary>
    public JobRequest(string kind, string workflow, string? draftId, string idempotencyKey, ReadOnlyMemory<byte> payloadUtf8, DateTimeOffset dueAt)
        : this(kind, workflow, draftId, idempotencyKey, dueAt) =>
        this.payloadUtf8 = payloadUtf8;

    private JobRequest(string kind, string workflow, string? draftId, string idempotencyKey, DateTimeOffset dueAt)
    {
        Kind = kind;
        Workflow = workflow;
        DraftId = draftId;
        IdempotencyKey = idempotencyKey;
        DueAt = dueAt;
    }

    public string Kind { get; init; }

    public string Workflow { get; init; }

    public string? DraftId { get; init; }

    public string IdempotencyKey { get; init; }

    public DateTimeOffset DueAt { get; init; }

    /// <summary>
    /// The caller does not read whether the job is new (a Slack event is answered 200 either way), so a store may keep it
    /// without checking its key and drop a repeat when a worker takes it; such a job is answered as new.
    /// </summary>
    public bool DeduplicateLater { get; init; }

    /// <summary>The payload's JSON text.</summary>
    public string Payload => payload ?? Encoding.UTF8.GetString(payloadUtf8.Span);

    /// <summary>The payload's JSON as UTF-8.</summary>
    public ReadOnlyMemory<byte> PayloadUtf8 => payload is null ? payloadUtf8 : Encoding.UTF8.GetBytes(payload);

    public bool Equals(JobRequest? other) =>
        other is not null && Kind == other.Kind && Workflow == other.Workflow && DraftId == other.DraftId
        && IdempotencyKey == other.IdempotencyKey && DueAt == other.DueAt && PayloadUtf8.Span.SequenceEqual(other.PayloadUtf8.Span);

    public override int GetHashCode() => HashCode.Combine(Kind, Workflow, DraftId, IdempotencyKey, DueAt);
}
