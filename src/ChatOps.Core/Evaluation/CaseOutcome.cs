using ChatOps.Core.Checking;

namespace ChatOps.Core.Evaluation;

/// <summary>What the checker made of one case, and how that differs from what the case expects.</summary>
public sealed record CaseOutcome(EvalCase Case, CheckResult Result, FindingMatch Match)
{
    public bool VerdictCorrect => Result.Verdict == Case.ExpectedVerdict;

    /// <summary>True when the verdict is right and every finding is paired, none missing or extra.</summary>
    public bool IsCorrect => VerdictCorrect && Match.IsExact;

    /// <summary>Expected findings the checker did not report.</summary>
    public IReadOnlyList<ExpectedFinding> MissingFindings => Match.FalseNegatives;

    /// <summary>Reported findings no expected finding accounts for.</summary>
    public IReadOnlyList<Finding> UnexpectedFindings => Match.FalsePositives;
}
