using ChatOps.Core.Checking;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Evaluation;

/// <summary>One labelled case of an evaluation set: a draft, its evidence, and the verdict and findings it should get.</summary>
public sealed record EvalCase(
    string Id,
    string Workflow,
    EvidenceSet Evidence,
    string Draft,
    Verdict ExpectedVerdict,
    IReadOnlyList<ExpectedFinding> ExpectedFindings)
{
    /// <summary>Where the case was read from (a file path), for messages; empty when built in code.</summary>
    public string Origin { get; init; } = "";
}
