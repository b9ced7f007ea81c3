using ChatOps.Core.Drafting;

namespace ChatOps.Cli.Commands;

/// <summary>A group of drafted bundles (one workflow, or all): pass rate after repairs, repairs and escalations, UNKNOWNs, tokens, cost, latency.</summary>
internal sealed record DraftEvalSummary(string Name, IReadOnlyList<DraftEvalCase> Cases)
{
    private IEnumerable<DraftResult> Results => Cases.Select(c => c.Result).OfType<DraftResult>();

    public int Passed => Cases.Count(c => c.Passed);

    public double PassRate => Cases.Count == 0 ? 0 : (double)Passed / Cases.Count;

    public int Failed => Cases.Count(c => c.Error is not null);

    public int Repairs => Results.Sum(r => r.Repairs);

    public int Escalations => Results.Count(r => r.Escalated);

    public double UnknownsPerDraft => Results.Any() ? (double)Cases.Where(c => c.Result is not null).Sum(c => c.Unknowns) / Results.Count() : 0;

    public long InputTokens => Cases.Sum(c => CallsOf(c).Sum(x => x.Usage.InputTokens));

    public long OutputTokens => Cases.Sum(c => CallsOf(c).Sum(x => x.Usage.OutputTokens));

    /// <summary>Every call's cost, failed calls included: what the set cost to draft.</summary>
    public decimal Cost => Cases.Sum(c => CallsOf(c).Sum(x => x.Cost));

    public TimeSpan LatencyMedian => Percentile(0.5);

    public TimeSpan LatencyP95 => Percentile(0.95);

    private static IReadOnlyList<ModelCall> CallsOf(DraftEvalCase c) => c.Result?.Calls ?? c.Error?.Calls ?? [];

    private TimeSpan Percentile(double p)
    {
        var sorted = Results.Select(r => r.Latency).Order().ToArray();
        return sorted.Length == 0 ? TimeSpan.Zero : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }
}
