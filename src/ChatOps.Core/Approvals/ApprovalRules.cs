using ChatOps.Core.Policy;

namespace ChatOps.Core.Approvals;

/// <summary>
/// Who may do what to a draft, as pure functions of its state and the workflow policy. Every refusal is a sentence
/// the person can act on.
/// </summary>
public static class ApprovalRules
{
    /// <summary>The model id recorded for text a person wrote or edited themselves.</summary>
    public const string HumanAuthor = "human";

    public static string? RefuseDraft(WorkflowPolicy? workflow, bool switchedOff, string workflowName, string modelId)
    {
        if (workflow is null)
        {
            return $"There is no '{workflowName}' workflow in the policy.";
        }

        if (!workflow.Enabled || switchedOff)
        {
            return $"The {workflow.Name} workflow is switched off, so no new drafts can be made. Ask an admin why.";
        }

        // A person's own edit is not model output: the model allow-list does not apply to it.
        return modelId == HumanAuthor || workflow.AllowedModels.Contains(modelId, StringComparer.Ordinal)
            ? null
            : $"Model '{modelId}' is not allowed for {workflow.Name}; allowed: {string.Join(", ", workflow.AllowedModels)}.";
    }

    /// <summary>A new approval of the same text: only an approved or lapsed version, by one of its approver roles.</summary>
    public static string? RefuseRenew(DraftState state, WorkflowPolicy workflow, Person by, string version)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(by);
        if (state.Version != version)
        {
            return "This draft has changed since that approval; submit the current version instead.";
        }

        if (state.Status is not (ApprovalStatus.Approved or ApprovalStatus.Expired))
        {
            return $"Only an approved or lapsed approval can be renewed; this draft is {Describe(state.Status)}.";
        }

        return by.HoldsAny(workflow.ApproverRoles) || by.Id == state.Drafter
            ? null
            : $"Only the drafter or a {string.Join(" or ", workflow.ApproverRoles)} may renew a {workflow.Name} approval.";
    }

    public static string? RefuseSubmit(DraftState state, WorkflowPolicy workflow)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(workflow);
        if (state.Status == ApprovalStatus.Drafted)
        {
            return "This version has not been checked yet; run the check before submitting.";
        }

        if (state.Status != ApprovalStatus.Checked)
        {
            return $"This draft is already {Describe(state.Status)}; it cannot be submitted again.";
        }

        if (!state.CheckAccepted && !state.FindingsOverridden)
        {
            return "The checker did not accept this version. Fix the findings and draft again before submitting.";
        }

        var missing = workflow.RequiredEvidence.Where(k => !state.EvidenceKinds.Contains(k, StringComparer.Ordinal)).ToArray();
        return missing.Length == 0
            ? null
            : $"A {workflow.Name} draft must cite {string.Join(" and ", missing.Select(k => $"a {k}"))}; add it to the evidence and draft again.";
    }

    public static string? RefuseOverride(DraftState state, WorkflowPolicy workflow, Person approver, string? reason)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(approver);
        if (workflow.Tier > RiskTier.CustomerAssist)
        {
            return $"{workflow.Name} is tier {(int)workflow.Tier} ({workflow.Tier}): the rule is that checker findings may be overridden only at tiers 0–1 (override_findings). Fix the draft instead.";
        }

        if (!workflow.OverrideFindings)
        {
            return $"The {workflow.Name} policy does not allow overriding checker findings (override_findings: false); fix the draft instead.";
        }

        if (approver.Id == state.Drafter && !workflow.DrafterMayApprove)
        {
            return $"You drafted this, and the {workflow.Name} policy does not let the drafter approve it; ask another {string.Join(" or ", workflow.ApproverRoles)} to override.";
        }

        if (!approver.HoldsAny(workflow.ApproverRoles))
        {
            return $"Only {string.Join(" or ", workflow.ApproverRoles)} may override checker findings for {workflow.Name}.";
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return "An override needs a written reason; say why the findings do not apply.";
        }

        return state.Status == ApprovalStatus.Checked && !state.CheckAccepted
            ? null
            : "Only a checked version with findings can be overridden.";
    }

    public static DecisionRuling Decide(DraftState state, WorkflowPolicy workflow, DecisionRequest request)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(request);
        DecisionRuling Refuse(string message) => new(ApprovalOutcomeKind.Refused, message, state.Status);

        if (state.DecisionsOfCurrentRequest.Any(d => d.Approver == request.Approver.Id && d.Version == request.Version && d.Verdict == request.Verdict))
        {
            return new(ApprovalOutcomeKind.Duplicate, "Your decision on this version is already recorded.", state.Status);
        }

        if (request.Version != state.Version)
        {
            return Refuse("This draft has changed since you opened it; you decided on an older version. Review the current version and decide again.");
        }

        if (state.Status != ApprovalStatus.PendingApproval)
        {
            return Refuse($"This draft is not waiting for a decision: it is {Describe(state.Status)}.");
        }

        if (!request.Approver.HoldsAny(workflow.ApproverRoles))
        {
            return Refuse($"Only {string.Join(" or ", workflow.ApproverRoles)} may decide on {workflow.Name} drafts, and you hold neither role.");
        }

        if (request.Approver.Id == state.Drafter && !workflow.DrafterMayApprove)
        {
            return Refuse($"You drafted this, and the {workflow.Name} policy does not let the drafter decide. Ask another {string.Join(" or ", workflow.ApproverRoles)}.");
        }

        if (request.Verdict != DecisionVerdict.Approve && string.IsNullOrWhiteSpace(request.Reason))
        {
            return Refuse("Give a reason, so the drafter knows what to change.");
        }

        return request.Verdict switch
        {
            DecisionVerdict.Reject => new(ApprovalOutcomeKind.Recorded, "Rejected.", ApprovalStatus.Rejected),
            DecisionVerdict.RequestChanges => new(ApprovalOutcomeKind.Recorded, "Changes requested.", ApprovalStatus.ChangesRequested),
            _ => Approve(state, workflow, request),
        };
    }

    private static DecisionRuling Approve(DraftState state, WorkflowPolicy workflow, DecisionRequest request)
    {
        var approvers = state.ApprovalsOfCurrentVersion.Select(d => d.Approver).Append(request.Approver.Id).Distinct(StringComparer.Ordinal).Count();
        return approvers >= workflow.ApprovalsRequired
            ? new(ApprovalOutcomeKind.Recorded, "Approved.", ApprovalStatus.Approved)
            : new(ApprovalOutcomeKind.Recorded, $"Approval {approvers} of {workflow.ApprovalsRequired} recorded; a different approver must also approve.", ApprovalStatus.PendingApproval);
    }

    private static string Describe(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Drafted => "not yet checked",
        ApprovalStatus.Checked => "checked but not submitted",
        ApprovalStatus.PendingApproval => "waiting for approval",
        ApprovalStatus.Approved => "approved",
        ApprovalStatus.Rejected => "rejected",
        ApprovalStatus.ChangesRequested => "sent back for changes",
        _ => "expired",
    };
}
