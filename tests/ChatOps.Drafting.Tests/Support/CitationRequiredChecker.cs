using ChatOps.Core.Checking;
using ChatOps.Core.Evidence;

namespace ChatOps.Drafting.Tests.Support;

/// <summary>A stand-in checker for gate tests: rejects any draft without a citation marker, so the gate's behaviour is tested on its own.</summary>
internal sealed class CitationRequiredChecker : ICiteFirstChecker
{
    public CheckResult Check(EvidenceSet evidence, string draft, string? workflow = null) =>
        draft.Contains("[S", StringComparison.Ordinal)
            ? new CheckResult(Verdict.Accepted, [], [])
            : new CheckResult(Verdict.Rejected, [new Finding(RuleIds.UncitedClaim, draft, 0, draft.Length, 1, "This claim cites no source.", "Cite the source that states it, e.g. [S1].")], []);
}
