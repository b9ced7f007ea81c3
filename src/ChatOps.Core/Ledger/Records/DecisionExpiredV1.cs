using System.Text.Json.Serialization.Metadata;

namespace ChatOps.Core.Ledger.Records;

/// <summary><c>decision-expired</c> v1: an approval of a version lapsed at the end of its validity.</summary>
public sealed record DecisionExpiredV1(string? Version, string? ExpiredAt) : LedgerBody, ILedgerBody<DecisionExpiredV1>
{
    public static string Kind => LedgerRecordKinds.DecisionExpired;

    public static JsonTypeInfo<DecisionExpiredV1> Json => LedgerJsonContext.Default.DecisionExpiredV1;
}
