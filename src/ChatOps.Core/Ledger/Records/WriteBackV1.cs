using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ChatOps.Core.Ledger.Records;

/// <summary>
/// <c>write-back</c> v1: what a write-back job did, on its attempt: posted (with the target's id and link, and the
/// policy's target when the journal stood in for it) or failed, with the reason.
/// </summary>
public sealed record WriteBackV1(
    string? Job,
    string? Target,
    string? InsteadOf,
    string? ExternalId,
    string? Url,
    string? Outcome,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason,
    int? Attempts) : LedgerBody, ILedgerBody<WriteBackV1>
{
    public static string Kind => LedgerRecordKinds.WriteBack;

    public static JsonTypeInfo<WriteBackV1> Json => LedgerJsonContext.Default.WriteBackV1;
}
