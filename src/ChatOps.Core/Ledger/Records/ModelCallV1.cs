using System.Text.Json.Serialization.Metadata;

namespace ChatOps.Core.Ledger.Records;

/// <summary><c>model-call</c> v1: one call to a model endpoint (or a cached answer): what for, how it went, its tokens, cost and latency.</summary>
public sealed record ModelCallV1(
    string? DraftId,
    string? Workflow,
    string? Endpoint,
    string? Model,
    string? Purpose,
    string? Outcome,
    long InputTokens,
    long OutputTokens,
    decimal Cost,
    double LatencyMs,
    bool Cached) : LedgerBody, ILedgerBody<ModelCallV1>
{
    public static string Kind => LedgerRecordKinds.ModelCall;

    public static JsonTypeInfo<ModelCallV1> Json => LedgerJsonContext.Default.ModelCallV1;
}
