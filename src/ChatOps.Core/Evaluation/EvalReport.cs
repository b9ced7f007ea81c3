using ChatOps.Core.Checking;

namespace ChatOps.Core.Evaluation;

/// <summary>The outcome of every case of an evaluation set and the metrics they add up to.</summary>
public sealed record EvalReport
{
    public EvalReport(IReadOnlyList<CaseOutcome> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        Cases = cases;
        RuleScores = ScoreRules(cases);
        FindingScore = RuleScores.Aggregate(FindingScore.Zero, (sum, rule) => sum.Add(rule.Score));
        WrongCases = cases.Where(c => !c.IsCorrect).ToArray();
    }

    public IReadOnlyList<CaseOutcome> Cases { get; }

    /// <summary>Per-rule scores: every rule of the spec in spec order, then any other rule a case or the checker named.</summary>
    public IReadOnlyList<RuleScore> RuleScores { get; }

    /// <summary>Micro-averaged finding score: the counts of all rules summed.</summary>
    public FindingScore FindingScore { get; }

    /// <summary>Cases with a wrong verdict, a missing finding or an unexpected one.</summary>
    public IReadOnlyList<CaseOutcome> WrongCases { get; }

    public int CorrectVerdicts => Cases.Count(c => c.VerdictCorrect);

    /// <summary>Share of cases whose verdict is right; 1 for an empty set.</summary>
    public double VerdictAccuracy => Cases.Count == 0 ? 1.0 : (double)CorrectVerdicts / Cases.Count;

    public int ExpectedAccepted => Cases.Count(c => c.Case.ExpectedVerdict == Verdict.Accepted);

    /// <summary>Cases expected to be accepted that the checker rejected.</summary>
    public int FalseRejections =>
        Cases.Count(c => c.Case.ExpectedVerdict == Verdict.Accepted && c.Result.Verdict == Verdict.Rejected);

    /// <summary>False rejections over expected-accepted cases; 0 when no case expects acceptance.</summary>
    public double FalseRejectionRate => ExpectedAccepted == 0 ? 0.0 : (double)FalseRejections / ExpectedAccepted;

    private static RuleScore[] ScoreRules(IReadOnlyList<CaseOutcome> cases)
    {
        var counts = new Dictionary<string, FindingScore>(StringComparer.Ordinal);
        foreach (var rule in RuleIds.All)
        {
            counts[rule] = FindingScore.Zero;
        }

        foreach (var outcome in cases)
        {
            foreach (var pair in outcome.Match.TruePositives)
            {
                Bump(counts, pair.Expected.Rule, new FindingScore(1, 0, 0));
            }

            foreach (var extra in outcome.Match.FalsePositives)
            {
                Bump(counts, extra.Rule, new FindingScore(0, 1, 0));
            }

            foreach (var missing in outcome.Match.FalseNegatives)
            {
                Bump(counts, missing.Rule, new FindingScore(0, 0, 1));
            }
        }

        var specRules = RuleIds.All.Select(rule => new RuleScore(rule, counts[rule]));
        var otherRules = counts.Keys
            .Where(rule => !RuleIds.All.Contains(rule, StringComparer.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(rule => new RuleScore(rule, counts[rule]));
        return specRules.Concat(otherRules).ToArray();
    }

    private static void Bump(Dictionary<string, FindingScore> counts, string rule, FindingScore delta) =>
        counts[rule] = counts.TryGetValue(rule, out var current) ? current.Add(delta) : delta;
}
