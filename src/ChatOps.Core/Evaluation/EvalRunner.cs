using ChatOps.Core.Checking;

namespace ChatOps.Core.Evaluation;

/// <summary>Runs a checker over labelled cases and scores what it reports against what each case expects.</summary>
public sealed class EvalRunner
{
    private readonly ICiteFirstChecker checker;

    public EvalRunner(ICiteFirstChecker checker)
    {
        ArgumentNullException.ThrowIfNull(checker);
        this.checker = checker;
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
        var match = FindingMatcher.Match(evalCase.Draft, evalCase.ExpectedFindings, result.Findings);
        return new CaseOutcome(evalCase, result, match);
    }
}
