using System.Globalization;
using ChatOps.Core.Ledger;
using ChatOps.Core.Ledger.Records;

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
        if (record.Payload is null)
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
            case LedgerRecordKinds.DraftCreated when LedgerBodies.Read<DraftCreatedV1>(record) is { } created:
                if (draft is null || (await lookup.EarlierAsync(draft, LedgerRecordKinds.DraftCreated, record.Sequence, cancellationToken)).Count == 0)
                {
                    Add(StatMetrics.Drafts, string.Empty);
                }

                // The draft's own totals count only while no model-call record itemises them.
                if (draft is null || (await lookup.EarlierAsync(draft, LedgerRecordKinds.ModelCall, record.Sequence, cancellationToken)).Count == 0)
                {
                    AddSpend(adds, day, workflow, DraftSpend(created), sign: 1);
                }

                break;
            case LedgerRecordKinds.CheckResult when LedgerBodies.Read<CheckResultV1>(record) is { } check:
                var verdict = check.IsAccepted ? Accepted : Rejected;
                Add(StatMetrics.Checks, verdict);
                if (draft is null || (await lookup.EarlierAsync(draft, LedgerRecordKinds.CheckResult, record.Sequence, cancellationToken)).Count == 0)
                {
                    Add(StatMetrics.FirstCheck, verdict);
                }

                if (verdict == Rejected)
                {
                    foreach (var rule in (check.Findings ?? []).Select(f => f.Rule).OfType<string>().Distinct(StringComparer.Ordinal))
                    {
                        Add(StatMetrics.RejectionRule, rule);
                    }
                }

                break;
            case LedgerRecordKinds.Decision when LedgerBodies.Read<DecisionV1>(record) is { } decision:
                Add(StatMetrics.Decisions, decision.Verdict ?? "unknown");
                if (draft is not null && (await lookup.EarlierAsync(draft, LedgerRecordKinds.ApprovalRequested, record.Sequence, cancellationToken)) is { Count: > 0 } requests)
                {
                    var latency = record.Timestamp - requests[^1].Timestamp;
                    Add(StatMetrics.ReviewLatency, LatencyHistogram.BucketOf(latency), 1, latency.TotalSeconds);
                }

                break;
            case LedgerRecordKinds.ModelCall when LedgerBodies.Read<ModelCallV1>(record) is { } call:
                AddSpend(adds, day, workflow, new Spend(call.Endpoint ?? "unknown", 1, (double)call.Cost, call.InputTokens, call.OutputTokens), sign: 1);
                if (draft is not null && (await lookup.EarlierAsync(draft, LedgerRecordKinds.ModelCall, record.Sequence, cancellationToken)).Count == 0)
                {
                    // The first itemised call of a draft whose totals were already counted takes those totals back out.
                    foreach (var created in await lookup.EarlierAsync(draft, LedgerRecordKinds.DraftCreated, record.Sequence, cancellationToken))
                    {
                        if (LedgerBodies.Read<DraftCreatedV1>(created) is { } earlier)
                        {
                            AddSpend(adds, created.At[..10], created.Workflow, DraftSpend(earlier), sign: -1);
                        }
                    }
                }

                break;
            case LedgerRecordKinds.PromptEval when LedgerBodies.Read<PromptEvalV1>(record) is { } eval:
                Add(StatMetrics.PromptEval, eval.PromptVersionHash ?? string.Empty, eval.Passed ? 1 : 0, 1);
                break;
            default:
                // write-back records say their outcome; other write-back-… kinds (write-back-retried) name it in the kind.
                if (record.Kind.StartsWith(LedgerRecordKinds.WriteBack, StringComparison.Ordinal))
                {
                    Add(StatMetrics.WriteBacks, WriteBackOutcome(record.Kind, LedgerBodies.Read<WriteBackV1>(record)?.Outcome));
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

    private static Spend? DraftSpend(DraftCreatedV1 created)
    {
        var settings = created.ModelSettings;
        var endpoint = created.ModelId;
        if (settings is null || endpoint is null || endpoint == Approvals.ApprovalRules.HumanAuthor)
        {
            return null;
        }

        return new Spend(endpoint, 1, Number(settings, "cost"), Number(settings, "input_tokens"), Number(settings, "output_tokens"));
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

    /// <summary>A model setting as a number (settings are text); 0 when absent or unreadable.</summary>
    private static double Number(IReadOnlyDictionary<string, string> settings, string key) =>
        settings.TryGetValue(key, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
}
