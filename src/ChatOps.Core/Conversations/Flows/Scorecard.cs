using System.Globalization;
using System.Text.Json.Nodes;
using ChatOps.Core.Cards;
using ChatOps.Core.Ledger;

namespace ChatOps.Core.Conversations.Flows;

/// <summary>The scorecard: drafts, rejections by rule, review latency (median and p90) and cost, per workflow.</summary>
public sealed record Scorecard(
    int Drafts,
    int Rejected,
    IReadOnlyDictionary<string, int> RejectionsByRule,
    TimeSpan? ReviewLatencyMedian,
    TimeSpan? ReviewLatencyP90,
    IReadOnlyDictionary<string, decimal> CostByWorkflow)
{
    public static Scorecard From(IReadOnlyList<LedgerRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var byRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var cost = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        var requested = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var latencies = new List<TimeSpan>();
        int drafts = 0, rejected = 0;
        foreach (var record in records)
        {
            var p = record.Payload is null ? null : JsonNode.Parse(record.Payload) as JsonObject;
            switch (record.Kind)
            {
                case LedgerRecordKinds.DraftCreated:
                    drafts++;
                    if (decimal.TryParse(p?["model_settings"]?["cost"]?.GetValue<string>(), NumberStyles.Number, CultureInfo.InvariantCulture, out var c))
                    {
                        cost[record.Workflow] = cost.GetValueOrDefault(record.Workflow) + c;
                    }

                    break;
                case LedgerRecordKinds.CheckResult when (p?["verdict"]?.GetValue<string>()) == "rejected":
                    rejected++;
                    foreach (var rule in (p["findings"]?.AsArray() ?? []).Select(f => f?["rule"]?.GetValue<string>()).Distinct())
                    {
                        if (rule is not null)
                        {
                            byRule[rule] = byRule.GetValueOrDefault(rule) + 1;
                        }
                    }

                    break;
                case LedgerRecordKinds.ApprovalRequested when record.DraftId is not null:
                    requested[record.DraftId] = record.Timestamp;
                    break;
                case LedgerRecordKinds.Decision when record.DraftId is not null && requested.Remove(record.DraftId, out var at):
                    latencies.Add(record.Timestamp - at);
                    break;
            }
        }

        latencies.Sort();
        return new Scorecard(drafts, rejected, byRule, Percentile(latencies, 0.5), Percentile(latencies, 0.9), cost);
    }

    public Card ToCard()
    {
        var facts = new List<CardFact>
        {
            new("Drafts", Drafts.ToString(CultureInfo.InvariantCulture)),
            new("Rejected by the checker", Rejected.ToString(CultureInfo.InvariantCulture)),
            new("Review latency (median)", Format(ReviewLatencyMedian)),
            new("Review latency (p90)", Format(ReviewLatencyP90)),
        };
        facts.AddRange(RejectionsByRule.Select(r => new CardFact($"Rejections: {r.Key}", r.Value.ToString(CultureInfo.InvariantCulture))));
        facts.AddRange(CostByWorkflow.Select(c => new CardFact($"Cost: {c.Key}", c.Value.ToString("0.0000", CultureInfo.InvariantCulture))));
        return new Card { Kind = CardKind.Answer, Title = "Scorecard", Facts = facts };
    }

    private static TimeSpan? Percentile(List<TimeSpan> sorted, double p) =>
        sorted.Count == 0 ? null : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string Format(TimeSpan? span) => span is { } s ? s.ToString(@"d\.hh\:mm\:ss", CultureInfo.InvariantCulture) : "none yet";
}
