using ChatOps.Core.Approvals;

namespace ChatOps.Core.Stats;

/// <summary>Turns kept figures into the scorecard: sums, first-pass rate, latency percentiles, spend and eval coverage.</summary>
public static class ScorecardBuilder
{
    /// <param name="query">What was asked.</param>
    /// <param name="rows">The figures summed by workflow over the range.</param>
    /// <param name="periodRows">The figures summed by period across the workflows asked for.</param>
    /// <param name="evalRows">Prompt eval runs by workflow, of all time.</param>
    /// <param name="currentPromptVersions">Each workflow's prompt version in use.</param>
    public static ScorecardReport Build(
        StatsQuery query,
        IReadOnlyList<StatRow> rows,
        IReadOnlyList<StatRow> periodRows,
        IReadOnlyList<StatRow> evalRows,
        IReadOnlyDictionary<string, string?> currentPromptVersions)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(periodRows);
        ArgumentNullException.ThrowIfNull(evalRows);
        ArgumentNullException.ThrowIfNull(currentPromptVersions);
        var workflows = rows.GroupBy(r => r.Workflow, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new WorkflowFigures(g.Key, Figures(g))).ToArray();
        var series = periodRows.GroupBy(r => r.Period, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PeriodFigures(g.Key, Figures(g))).ToArray();
        var spend = rows.Where(r => r.Metric is StatMetrics.Cost or StatMetrics.InputTokens or StatMetrics.OutputTokens)
            .GroupBy(r => (r.Workflow, Endpoint: r.Dimension))
            .Select(g => new SpendLine(g.Key.Workflow, g.Key.Endpoint,
                Sum(g, StatMetrics.Cost, r => r.Count), Money(g.Where(r => r.Metric == StatMetrics.Cost).Sum(r => r.Total)),
                Tokens(g, StatMetrics.InputTokens), Tokens(g, StatMetrics.OutputTokens)))
            .Where(s => s.Calls != 0 || s.Cost != 0 || s.InputTokens != 0 || s.OutputTokens != 0)
            .OrderBy(s => s.Workflow, StringComparer.Ordinal).ThenBy(s => s.Endpoint, StringComparer.Ordinal)
            .ToArray();
        return new ScorecardReport(query.Since?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), query.Bucket, query.Workflow,
            Figures(rows), workflows, series, spend, Coverage(evalRows, currentPromptVersions, query.Workflow));
    }

    public static ScorecardFigures Figures(IEnumerable<StatRow> slice)
    {
        ArgumentNullException.ThrowIfNull(slice);
        var rows = slice as IReadOnlyCollection<StatRow> ?? slice.ToArray();
        var firstAccepted = Count(rows, StatMetrics.FirstCheck, "accepted");
        var firstRejected = Count(rows, StatMetrics.FirstCheck, "rejected");
        var latencies = rows.Where(r => r.Metric == StatMetrics.ReviewLatency).Select(r => (r.Dimension, r.Count, r.Total)).ToArray();
        return new ScorecardFigures
        {
            Drafts = Count(rows, StatMetrics.Drafts, null),
            FirstPassAccepted = firstAccepted,
            FirstPassRejected = firstRejected,
            FirstPassRate = firstAccepted + firstRejected == 0 ? null : Math.Round((double)firstAccepted / (firstAccepted + firstRejected), 4),
            Checks = Count(rows, StatMetrics.Checks, null),
            RejectedChecks = Count(rows, StatMetrics.Checks, "rejected"),
            RejectionsByRule = rows.Where(r => r.Metric == StatMetrics.RejectionRule)
                .GroupBy(r => r.Dimension, StringComparer.Ordinal)
                .Select(g => (Rule: g.Key, Count: g.Sum(r => r.Count)))
                .Where(x => x.Count != 0)
                .OrderByDescending(x => x.Count).ThenBy(x => x.Rule, StringComparer.Ordinal)
                .ToDictionary(x => x.Rule, x => x.Count, StringComparer.Ordinal),
            Reviews = latencies.Sum(l => l.Count),
            ReviewLatencyMedian = Latency.Of(LatencyHistogram.Percentile(latencies, 0.5)),
            ReviewLatencyP90 = Latency.Of(LatencyHistogram.Percentile(latencies, 0.9)),
            Approved = Count(rows, StatMetrics.Decisions, nameof(DecisionVerdict.Approve)),
            Rejected = Count(rows, StatMetrics.Decisions, nameof(DecisionVerdict.Reject)),
            ChangesRequested = Count(rows, StatMetrics.Decisions, nameof(DecisionVerdict.RequestChanges)),
            WriteBacksDone = Count(rows, StatMetrics.WriteBacks, "done"),
            WriteBacksFailed = Count(rows, StatMetrics.WriteBacks, "failed"),
            WriteBacksRetrying = Count(rows, StatMetrics.WriteBacks, "retrying"),
            Cost = Money(rows.Where(r => r.Metric == StatMetrics.Cost).Sum(r => r.Total)),
            InputTokens = Tokens(rows, StatMetrics.InputTokens),
            OutputTokens = Tokens(rows, StatMetrics.OutputTokens),
        };
    }

    private static EvalCoverage Coverage(IReadOnlyList<StatRow> evalRows, IReadOnlyDictionary<string, string?> versions, string? only)
    {
        var perWorkflow = versions.Keys.Where(w => only is null || w == only).Order(StringComparer.Ordinal).Select(workflow =>
        {
            var version = versions[workflow];
            var runs = evalRows.Where(r => r.Workflow == workflow && r.Dimension == version).ToArray();
            var passing = runs.Sum(r => r.Count);
            return new WorkflowEval(workflow, version, version is not null && passing > 0, passing, (long)runs.Sum(r => r.Total));
        }).ToArray();
        var covered = perWorkflow.Count(w => w.Passing);
        return new EvalCoverage(covered, perWorkflow.Length, perWorkflow.Length == 0 ? null : Math.Round((double)covered / perWorkflow.Length, 4), perWorkflow);
    }

    private static long Count(IEnumerable<StatRow> rows, string metric, string? dimension) =>
        rows.Where(r => r.Metric == metric && (dimension is null || r.Dimension == dimension)).Sum(r => r.Count);

    private static long Sum(IEnumerable<StatRow> rows, string metric, Func<StatRow, long> value) => rows.Where(r => r.Metric == metric).Sum(value);

    private static long Tokens(IEnumerable<StatRow> rows, string metric) => (long)Math.Round(rows.Where(r => r.Metric == metric).Sum(r => r.Total));

    private static decimal Money(double total) => Math.Round((decimal)total, 6);
}
