using ChatOps.Core.Evidence;

namespace ChatOps.Core.Checking;

/// <summary>Decides whether a draft is eligible for approval: a pure function of evidence, draft and workflow.</summary>
public interface ICiteFirstChecker
{
    CheckResult Check(EvidenceSet evidence, string draft, string? workflow = null);
}
