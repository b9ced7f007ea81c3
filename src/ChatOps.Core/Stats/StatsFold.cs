using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;

namespace ChatOps.Core.Stats;

/// <summary>
/// What one ledger record adds to the scorecard's kept figures. The store runs it on every append, in the append's
/// transaction, so the figures always match the chain; the lookups read only the record's own draft.
/// </summary>
public static class StatsFold
{
    private const string Accepted = "accepted";
    private const string Rejected = "rejected";

    public static async Task<IReadOnlyList<StatIncrement>> FoldAsync(LedgerRecord record, IStatsLookup lookup, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(lookup);
        var payload = record.Payload is null ? null : JsonNode.Parse(record.Payload) as JsonObject;
        if (payload is null)
        {
            return [];
        }

        var day = record.At[..10];
        var workflow = record.Workflow;
        var draft = record.DraftId;
        var adds = new List<StatIncrement>();
        void Add(string metric, string dimension, long count = 1, double total = 0) => adds.Add(new StatIncrement(day, workflow, metric, dimension, count, total));

        switch (record.Kind)
        {
            case LedgerRecordKinds.DraftCreated:
                if (draft is null || (await lookup.EarlierAsync(draft, LedgerRecordKinds.DraftCreated, record.Sequence, cancellationToken)).Count == 0)
                {
                    Add(StatMetrics.Drafts, string.Empty);
                }

                // The draft's own totals count only while no model-call record itemises them.
                if (draft is null || (await lookup.EarlierAsync(draft, LedgerRecordKinds.ModelCall, record.Sequence, cancellationToken)).Count == 0)
                {
                    AddSpend(adds, day, workflow, DraftSpend(payload), sign: 1);
                }

                break;
            case LedgerRecordKinds.CheckResult:
                var verdict = payload["verdict"]?.GetValue<string>() == Accepted ? Accepted : Rejected;
                Add(StatMetrics.Checks, verdict);
                if (draft is null || (await lookup.EarlierAsync(draft, LedgerRecordKinds.CheckResult, record.Sequence, cancellationToken)).Count == 0)
                {
                    Add(StatMetrics.FirstCheck, verdict);
                }

                if (verdict == Rejected)
                {
                    foreach (var rule in (payload["findings"] as JsonArray ?? []).Select(f => Text(f?["rule"])).OfType<string>().Distinct(StringComparer.Ordinal))
                    {
                        Add(StatMetrics.RejectionRule, rule);
                    }
                }

                break;
            case LedgerRecordKinds.Decision:
                Add(StatMetrics.Decisions, Text(payload["verdict"]) ?? "unknown");
                if (draft is not null && (await lookup.EarlierAsync(draft, LedgerRecordKinds.ApprovalRequested, record.Sequence, cancellationToken)) is { Count: > 0 } requests)
                {
                    var latency = record.Timestamp - requests[^1].Timestamp;
                    Add(StatMetrics.ReviewLatency, LatencyHistogram.BucketOf(latency), 1, latency.TotalSeconds);
                }

                break;
            case LedgerRecordKinds.ModelCall:
                var endpoint = Text(payload["endpoint"]) ?? "unknown";
                AddSpend(adds, day, workflow, new Spend(endpoint, 1, Number(payload["cost"]), Number(payload["input_tokens"]), Number(payload["output_tokens"])), sign: 1);
                if (draft is not null && (await lookup.EarlierAsync(draft, LedgerRecordKinds.ModelCall, record.Sequence, cancellationToken)).Count == 0)
                {
                    // The first itemised call of a draft whose totals were already counted takes those totals back out.
                    foreach (var created in await lookup.EarlierAsync(draft, LedgerRecordKinds.DraftCreated, record.Sequence, cancellationToken))
                    {
                        if (created.Payload is { } text && JsonNode.Parse(text) is JsonObject earlier)
                        {
                            AddSpend(adds, created.At[..10], created.Workflow, DraftSpend(earlier), sign: -1);
                        }
                    }
                }

                break;
            case LedgerRecordKinds.PromptEval:
                var version = Text(payload["prompt_version_hash"]) ?? string.Empty;
                Add(StatMetrics.PromptEval, version, payload["passed"]?.GetValueKind() == JsonValueKind.True ? 1 : 0, 1);
                break;
            default:
                if (record.Kind.StartsWith(LedgerRecordKinds.WriteBack, StringComparison.Ordinal))
                {
                    Add(StatMetrics.WriteBacks, WriteBackOutcome(record.Kind, Text(payload["outcome"])));
                }

                break;
        }

        return adds;
    }

    /// <summary>Posted and already-posted are done; <c>write-back-failed</c> style kinds name their outcome.</summary>
    private static string WriteBackOutcome(string kind, string? outcome)
    {
        var named = outcome ?? (kind.Length > LedgerRecordKinds.WriteBack.Length + 1 ? kind[(LedgerRecordKinds.WriteBack.Length + 1)..] : "done");
        return named switch
        {
            "posted" or "already-posted" or "done" or "succeeded" => "done",
            "failed" or "gave-up" => "failed",
            "retrying" or "retry" or "retried" => "retrying",
            _ => named,
        };
    }

    private sealed record Spend(string Endpoint, long Calls, double Cost, double InputTokens, double OutputTokens);

    private static Spend? DraftSpend(JsonObject payload)
    {
        var settings = payload["model_settings"] as JsonObject;
        var endpoint = Text(payload["model_id"]);
        if (settings is null || endpoint is null || endpoint == Approvals.ApprovalRules.HumanAuthor)
        {
            return null;
        }

        return new Spend(endpoint, 1, Number(settings["cost"]), Number(settings["input_tokens"]), Number(settings["output_tokens"]));
    }

    private static void AddSpend(List<StatIncrement> adds, string day, string workflow, Spend? spend, int sign)
    {
        if (spend is null)
        {
            return;
        }

        adds.Add(new StatIncrement(day, workflow, StatMetrics.Cost, spend.Endpoint, sign * spend.Calls, sign * spend.Cost));
        adds.Add(new StatIncrement(day, workflow, StatMetrics.InputTokens, spend.Endpoint, 0, sign * spend.InputTokens));
        adds.Add(new StatIncrement(day, workflow, StatMetrics.OutputTokens, spend.Endpoint, 0, sign * spend.OutputTokens));
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : node?.ToString();

    /// <summary>A number written as JSON number or as text (model settings are text); 0 when absent or unreadable.</summary>
    private static double Number(JsonNode? node) => node is JsonValue value
        ? value.GetValueKind() switch
        {
            JsonValueKind.Number => value.GetValue<double>(),
            JsonValueKind.String when double.TryParse(value.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => 0,
        }
        : 0;
}
