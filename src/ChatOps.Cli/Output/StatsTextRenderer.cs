using System.Globalization;
using System.Text;
using ChatOps.Core.Cards.Building;
using ChatOps.Core.Stats;

namespace ChatOps.Cli.Output;

/// <summary>The scorecard for a terminal: the totals in sentences, then one table per workflow and one per period.</summary>
internal static class StatsTextRenderer
{
    private static readonly string[] Columns = ["drafts", "first pass", "rejected", "median", "p90", "approved", "rejected", "changes", "wb done", "wb failed", "cost", "tokens in", "tokens out"];

    public static string Render(ScorecardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var t = report.Totals;
        var text = new StringBuilder();
        var scope = (report.Workflow is { } w ? $"{w}, " : string.Empty) + (report.Since is { } since ? $"since {since}" : "all time");
        text.Append(CultureInfo.InvariantCulture, $"Scorecard ({scope}, by {report.Bucket.ToString().ToLowerInvariant()})").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"  drafts: {N(t.Drafts)}; first-pass acceptance {ScorecardCards.Percent(t.FirstPassRate)} ({N(t.FirstPassAccepted)} of {N(t.FirstPassAccepted + t.FirstPassRejected)})").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"  checks: {N(t.Checks)}, {N(t.RejectedChecks)} rejected").Append(t.RejectionsByRule.Count == 0 ? string.Empty : ": " + string.Join(", ", t.RejectionsByRule.Select(r => $"{r.Key} {N(r.Value)}"))).AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"  review latency: median {t.ReviewLatencyMedian?.Text ?? "none yet"}, p90 {t.ReviewLatencyP90?.Text ?? "none yet"} ({N(t.Reviews)} reviews)").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"  decisions: {N(t.Approved)} approved, {N(t.Rejected)} rejected, {N(t.ChangesRequested)} changes requested").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"  write-backs: {N(t.WriteBacksDone)} done, {N(t.WriteBacksFailed)} failed").Append(t.WriteBacksRetrying > 0 ? $", {N(t.WriteBacksRetrying)} retrying" : string.Empty).AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"  cost: {ScorecardCards.Money(t.Cost)}; tokens {N(t.InputTokens)} in, {N(t.OutputTokens)} out").AppendLine();
        var e = report.EvalCoverage;
        text.Append(CultureInfo.InvariantCulture, $"  eval coverage: {e.Covered} of {e.Workflows} workflows ({ScorecardCards.Percent(e.Share)})")
            .Append(e.PerWorkflow.Any(x => x.Passing) ? ": " + string.Join(", ", e.PerWorkflow.Where(x => x.Passing).Select(x => x.Workflow)) : string.Empty).AppendLine();

        if (report.Spend.Count > 0)
        {
            text.AppendLine().AppendLine("Spend by workflow and endpoint:");
            Table(text, ["workflow", "endpoint", "calls", "cost", "tokens in", "tokens out"],
                report.Spend.Select(s => new[] { s.Workflow, s.Endpoint, N(s.Calls), ScorecardCards.Money(s.Cost), N(s.InputTokens), N(s.OutputTokens) }));
        }

        if (report.Workflows.Count > 0)
        {
            text.AppendLine().AppendLine("By workflow:");
            Table(text, ["workflow", .. Columns], report.Workflows.Select(x => Row(x.Workflow, x.Figures)));
        }

        if (report.Series.Count > 0)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"By {report.Bucket.ToString().ToLowerInvariant()}:");
            Table(text, [report.Bucket == StatsBucket.Week ? "week of" : "day", .. Columns], report.Series.Select(x => Row(x.Period, x.Figures)));
        }

        return text.ToString();
    }

    private static string[] Row(string name, ScorecardFigures f) =>
    [
        name, N(f.Drafts), ScorecardCards.Percent(f.FirstPassRate), N(f.RejectedChecks), f.ReviewLatencyMedian?.Text ?? "-", f.ReviewLatencyP90?.Text ?? "-",
        N(f.Approved), N(f.Rejected), N(f.ChangesRequested), N(f.WriteBacksDone), N(f.WriteBacksFailed), ScorecardCards.Money(f.Cost), N(f.InputTokens), N(f.OutputTokens),
    ];

    private static void Table(StringBuilder text, string[] header, IEnumerable<string[]> rows)
    {
        var all = rows.Prepend(header).ToArray();
        var widths = header.Select((_, i) => all.Max(r => r[i].Length)).ToArray();
        foreach (var row in all)
        {
            text.Append("  ").AppendJoin("  ", row.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).AppendLine();
        }
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
