using System.Globalization;
using ChatOps.Core.Stats;

namespace ChatOps.Core.Cards.Building;

/// <summary>The scorecard as an answer card, for <c>stats</c> in chat.</summary>
public static class ScorecardCards
{
    public static Card Of(ScorecardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var t = report.Totals;
        var facts = new List<CardFact>
        {
            new("Period", report.Since is { } since ? $"since {since}" : "all time"),
            new("Drafts", Number(t.Drafts)),
            new("First-pass acceptance", Percent(t.FirstPassRate) + $" ({Number(t.FirstPassAccepted)} of {Number(t.FirstPassAccepted + t.FirstPassRejected)})"),
            new("Checks rejected", $"{Number(t.RejectedChecks)} of {Number(t.Checks)}"),
            new("Review latency", $"median {t.ReviewLatencyMedian?.Text ?? "none yet"}, p90 {t.ReviewLatencyP90?.Text ?? "none yet"}"),
            new("Decisions", $"{Number(t.Approved)} approved, {Number(t.Rejected)} rejected, {Number(t.ChangesRequested)} changes requested"),
            new("Write-backs", $"{Number(t.WriteBacksDone)} done, {Number(t.WriteBacksFailed)} failed"),
            new("Cost", $"{Money(t.Cost)} ({Number(t.InputTokens)} input, {Number(t.OutputTokens)} output tokens)"),
            new("Eval coverage", $"{report.EvalCoverage.Covered} of {report.EvalCoverage.Workflows} workflows"),
        };
        facts.AddRange(t.RejectionsByRule.Select(r => new CardFact($"Rejections: {r.Key}", Number(r.Value))));
        facts.AddRange(report.Workflows.Select(w => new CardFact($"Workflow {w.Workflow}",
            $"{Number(w.Figures.Drafts)} drafts, {Percent(w.Figures.FirstPassRate)} first pass, {Money(w.Figures.Cost)}")));
        return new Card
        {
            Kind = CardKind.Answer,
            Title = "Scorecard",
            Facts = facts,
            Paragraphs = ["Charts per workflow and over time: the console's **Scorecard**, or `chatops stats`."],
        };
    }

    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "n/a";

    public static string Money(decimal cost) => "$" + cost.ToString(cost < 1 ? "0.0000" : "0.00", CultureInfo.InvariantCulture);

    private static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
