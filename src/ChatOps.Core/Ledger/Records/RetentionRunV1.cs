using System.Text.Json.Serialization.Metadata;

namespace ChatOps.Core.Ledger.Records;

/// <summary><c>retention-run</c> v1: who ran retention and when, records redacted per workflow, and the job and inbox copies cleared.</summary>
public sealed record RetentionRunV1(string? By, string? At, IReadOnlyDictionary<string, int>? Records, int Jobs, int Inbox) : LedgerBody, ILedgerBody<RetentionRunV1>
{
    public static string Kind => LedgerRecordKinds.RetentionRun;

    public static JsonTypeInfo<RetentionRunV1> Json => LedgerJsonContext.Default.RetentionRunV1;
}
