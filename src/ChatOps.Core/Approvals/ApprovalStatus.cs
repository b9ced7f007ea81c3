namespace ChatOps.Core.Approvals;

/// <summary>Where a draft stands: drafted → checked → pending approval → approved / rejected / changes requested / expired.</summary>
public enum ApprovalStatus
{
    Drafted,
    Checked,
    PendingApproval,
    Approved,
    Rejected,
    ChangesRequested,
    Expired,
}
