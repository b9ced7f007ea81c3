using ChatOps.Core.Approvals;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Conversations.Flows;

/// <summary>Who a request is still waiting for: the named members of its approver roles, less the drafter (unless allowed) and those who approved.</summary>
public static class ApproverList
{
    public static IReadOnlyList<string> Waiting(ChatOpsPolicy policy, DraftState state, WorkflowPolicy workflow)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(workflow);
        return policy.NamedMembers(workflow.ApproverRoles)
            .Where(p => workflow.DrafterMayApprove || !string.Equals(p, state.Drafter, StringComparison.Ordinal))
            .Where(p => !state.ApprovalsOfCurrentVersion.Any(a => a.Approver == p))
            .ToArray();
    }
}
