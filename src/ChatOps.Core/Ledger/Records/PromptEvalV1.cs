using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ChatOps.Core.Ledger.Records;

/// <summary><c>prompt-eval</c> v1: a drafting eval of a workflow's prompt version on a case set, whether it met its thresholds, and its figures.</summary>
public sealed record PromptEvalV1(
    string? PromptVersionHash,
    bool Passed,
    string? Set,
    string? Endpoint,
    int Cases,
    int Accepted,
    double PassRate,
    int Repairs,
    int Escalations,
    long InputTokens,
    long OutputTokens,
    decimal Cost,
    [property: JsonPropertyName("latency_p95_ms")] double LatencyP95Ms,
    PromptEvalThresholdsV1? Thresholds,
    IReadOnlyList<string>? Missed) : LedgerBody, ILedgerBody<PromptEvalV1>
{
    public static string Kind => LedgerRecordKinds.PromptEval;

    public static JsonTypeInfo<PromptEvalV1> Json => LedgerJsonContext.Default.PromptEvalV1;
}

/// <summary>The pass marks the eval was judged against; null where none was given.</summary>
public sealed record PromptEvalThresholdsV1(double? MinPass, decimal? MaxCost, [property: JsonPropertyName("max_p95_latency_ms")] double? MaxP95LatencyMs);
