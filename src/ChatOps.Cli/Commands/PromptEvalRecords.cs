using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;

namespace ChatOps.Cli.Commands;

/// <summary>
/// What <c>chatops eval drafts --record</c> appends to the ledger: one <c>prompt-eval</c> record per workflow of the
/// set, naming the prompt version drafted with and whether that workflow met the thresholds given. The scorecard's
/// eval coverage counts a workflow whose prompt in use has a passing one.
/// </summary>
internal static class PromptEvalRecords
{
    public static IReadOnlyList<LedgerEntry> Of(string setPath, string endpoint, IEnumerable<DraftEvalSummary> workflows, DraftEvalThresholds thresholds, IReadOnlyDictionary<string, string?> promptVersions) =>
        workflows.Select(w =>
        {
            var missed = thresholds.Missed(w);
            var payload = new JsonObject
            {
                ["prompt_version_hash"] = promptVersions.GetValueOrDefault(w.Name),
                ["passed"] = missed.Count == 0,
                ["set"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(setPath))),
                ["endpoint"] = endpoint,
                ["cases"] = w.Cases.Count,
                ["accepted"] = w.Passed,
                ["pass_rate"] = Math.Round(w.PassRate, 4),
                ["repairs"] = w.Repairs,
                ["escalations"] = w.Escalations,
                ["input_tokens"] = w.InputTokens,
                ["output_tokens"] = w.OutputTokens,
                ["cost"] = w.Cost,
                ["latency_p95_ms"] = Math.Round(w.LatencyP95.TotalMilliseconds, 1),
                ["thresholds"] = new JsonObject
                {
                    ["min_pass"] = thresholds.MinPass,
                    ["max_cost"] = thresholds.MaxCost,
                    ["max_p95_latency_ms"] = thresholds.MaxP95Latency?.TotalMilliseconds,
                },
                ["missed"] = new JsonArray([.. missed.Select(m => (JsonNode)JsonValue.Create(m))]),
            };
            return new LedgerEntry(LedgerRecordKinds.PromptEval, w.Name, null, null, null, null, payload);
        }).ToArray();
}
