namespace ChatOps.Core.Checking;

/// <summary>The checker's answer: the verdict, every finding, and how the draft was read.</summary>
public sealed record CheckResult(Verdict Verdict, IReadOnlyList<Finding> Findings, IReadOnlyList<Statement> Statements)
{
    public bool IsAccepted => Verdict == Verdict.Accepted;
}
