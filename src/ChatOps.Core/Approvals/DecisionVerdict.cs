namespace ChatOps.Core.Approvals;

/// <summary>What an approver decided.</summary>
public enum DecisionVerdict
{
    Approve,
    Reject,
    RequestChanges,
}
