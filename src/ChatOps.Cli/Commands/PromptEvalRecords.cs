using ChatOps.Core.Ledger;
using ChatOps.Core.Ledger.Records;

namespace ChatOps.Cli.Commands;

/// <summary>
/// What <c>chatops eval drafts --record</c> appends to the ledger: one <c>prompt-eval</c> record per workflow of the
/// set, naming the prompt version drafted with and whether that workflow met the thresholds given. The scorecard's
/// eval coverage counts a workflow whose prompt in use has a passing one.
/// </summary>
internal static class PromptEvalRecords
{
    public static IReadOnlyList<(string Workflow, PromptEvalV1 Eval)> Of(string setPath, string endpoint, IEnumerable<DraftEvalSummary> workflows, DraftEvalThresholds thresholds, IReadOnlyDictionary<string, string?> promptVersions) =>
        workflows.Select(w =>
        {
            var missed = thresholds.Missed(w);
            return (w.Name, new PromptEvalV1(
                promptVersions.GetValueOrDefault(w.Name),
                missed.Count == 0,
                Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(setPath))),
                endpoint,
                w.Cases.Count,
                w.Passed,
                Math.Round(w.PassRate, 4),
                w.Repairs,
                w.Escalations,
                w.InputTokens,
                w.OutputTokens,
                w.Cost,
                Math.Round(w.LatencyP95.TotalMilliseconds, 1),
                new PromptEvalThresholdsV1(thresholds.MinPass, thresholds.MaxCost, thresholds.MaxP95Latency?.TotalMilliseconds),
                missed));
        }).ToArray();

    /// <summary>The ledger entry of one workflow's eval.</summary>
    public static LedgerEntry Entry((string Workflow, PromptEvalV1 Eval) eval) => LedgerBodies.Entry(eval.Eval, eval.Workflow, null, null, null, null);
}
