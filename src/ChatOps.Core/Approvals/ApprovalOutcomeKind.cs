namespace ChatOps.Core.Approvals;

/// <summary>How a request ended.</summary>
public enum ApprovalOutcomeKind
{
    Recorded,
    Duplicate,
    Refused,
}
