using ChatOps.Core.Checking;

namespace ChatOps.Core.Drafting;

/// <summary>A finished draft with the checker's verdict and everything needed to audit how it was made.</summary>
public sealed record DraftResult(
    string Workflow,
    string Draft,
    Verdict Verdict,
    IReadOnlyList<Finding> Findings,
    int Attempts,
    string PromptVersion,
    string Model,
    string Endpoint,
    string Owner,
    DraftUsage Usage,
    decimal Cost,
    TimeSpan Latency,
    IReadOnlyList<DraftFlag> Flags)
{
    /// <summary>Only an accepted draft may be put up for approval.</summary>
    public bool IsEligibleForApproval => Verdict == Verdict.Accepted;
}
