using ChatOps.Core.Checking;

namespace ChatOps.Core.Evaluation;

/// <summary>How a case's reported findings line up with its expected ones.</summary>
public sealed record FindingMatch(
    IReadOnlyList<MatchedFinding> TruePositives,
    IReadOnlyList<Finding> FalsePositives,
    IReadOnlyList<ExpectedFinding> FalseNegatives)
{
    public bool IsExact => FalsePositives.Count == 0 && FalseNegatives.Count == 0;
}
