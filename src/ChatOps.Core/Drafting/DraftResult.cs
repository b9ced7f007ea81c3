using ChatOps.Core.Checking;

namespace ChatOps.Core.Drafting;

/// <summary>A finished draft with the checker's verdict and everything needed to audit how it was made.</summary>
/// <remarks>
/// Check is the gate's check of exactly this text against the request's evidence, kept so nothing checks it again.
/// Attempts, Usage and Cost are totals over every model call (repairs, escalation and failed calls included); Calls lists them one by one.
/// </remarks>
public sealed record DraftResult(
    string Workflow,
    string Draft,
    CheckResult Check,
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
    public Verdict Verdict => Check.Verdict;

    public IReadOnlyList<Finding> Findings => Check.Findings;

    /// <summary>Only an accepted draft may be put up for approval.</summary>
    public bool IsEligibleForApproval => Verdict == Verdict.Accepted;

    /// <summary>Every model call the draft made, in order; one cached call when it came from the draft cache.</summary>
    public IReadOnlyList<ModelCall> Calls { get; init; } = [];

    public bool IsCached => Calls.Count > 0 && Calls.All(c => c.Cached);

    public int Repairs => Calls.Count(c => c.Purpose == ModelCallPurpose.Repair && c.Succeeded);

    public bool Escalated => Calls.Any(c => c.Purpose == ModelCallPurpose.Escalation);
}
