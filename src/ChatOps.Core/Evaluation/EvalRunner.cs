using ChatOps.Core.Checking;

namespace ChatOps.Core.Evaluation;

/// <summary>Runs a checker over labelled cases and scores what it reports against what each case expects.</summary>
public sealed class EvalRunner
{
    private readonly ICiteFirstChecker checker;
    private readonly HashSet<string>? rules;

    /// <param name="checker">The checker to score.</param>
    /// <param name="rules">Score only these rules (a set labelled under an earlier spec); null scores every rule.</param>
    public EvalRunner(ICiteFirstChecker checker, IReadOnlyCollection<string>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(checker);
        this.checker = checker;
        this.rules = rules is null ? null : new HashSet<string>(rules, StringComparer.Ordinal);
    }

    public EvalReport Run(
        IReadOnlyList<EvalCase> cases,
        IProgress<EvalProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);

        var outcomes = new List<CaseOutcome>(cases.Count);
        foreach (var evalCase in cases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            outcomes.Add(RunOne(evalCase));
            progress?.Report(new EvalProgress(outcomes.Count, cases.Count, evalCase.Id));
        }

        return new EvalReport(outcomes);
    }

    public CaseOutcome RunOne(EvalCase evalCase)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        var result = checker.Check(evalCase.Evidence, evalCase.Draft, evalCase.Workflow);
        if (rules is not null)
        {
            var kept = result.Findings.Where(f => rules.Contains(f.Rule)).ToArray();
            result = result with { Findings = kept, Verdict = kept.Length == 0 ? Verdict.Accepted : Verdict.Rejected };
            evalCase = evalCase with { ExpectedFindings = evalCase.ExpectedFindings.Where(f => rules.Contains(f.Rule)).ToArray() };
        }

        var match = FindingMatcher.Match(evalCase.Draft, evalCase.ExpectedFindings, result.Findings);
        return new CaseOutcome(evalCase, result, match);
    }
}
