using System.Text.Json.Serialization.Metadata;

namespace ChatOps.Core.Ledger.Records;

/// <summary><c>write-back-retried</c> v1: a failed write-back job run again by a person, and why.</summary>
public sealed record WriteBackRetriedV1(string? Job, string? By, string? Reason, string? At) : LedgerBody, ILedgerBody<WriteBackRetriedV1>
{
    public static string Kind => LedgerRecordKinds.WriteBackRetried;

    public static JsonTypeInfo<WriteBackRetriedV1> Json => LedgerJsonContext.Default.WriteBackRetriedV1;
}
