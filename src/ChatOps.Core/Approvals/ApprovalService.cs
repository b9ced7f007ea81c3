using ChatOps.Core.Checking;
using ChatOps.Core.Ledger;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Approvals;

/// <summary>
/// Runs the approval flow: reads a draft's state from the ledger, asks the rules, and records the outcome with a
/// conditional append so concurrent deciders on several instances cannot both act on the same state.
/// </summary>
public sealed class ApprovalService(ILedgerStore ledger, ChatOpsPolicy policy, TimeProvider time)
{
    private readonly WorkflowSwitch switches = new(ledger, time);

    private const int ConflictRetries = 8;

    /// <summary>Whether the workflow lets an approver approve a rejected draft with a reason (tiers 0–1 with override_findings).</summary>
    public bool AllowsOverride(string workflow) =>
        policy.FindWorkflow(workflow) is { OverrideFindings: true, Tier: <= RiskTier.CustomerAssist };

    /// <remarks>
    /// One transaction on the request's path: the kill-switch is read inside the append (<see cref="WorkflowSwitch.WhileRunning"/>),
    /// and a new draft's append holds only if the draft has no records yet, so its state is what the append wrote and
    /// is not read back. A draft that already has records (an edit, or a redelivered request whose model answered
    /// differently) is appended after them and its state read from the ledger, as every other action does.
    /// </remarks>
    public async Task<ApprovalOutcome> CreateDraftAsync(NewDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var workflow = policy.FindWorkflow(draft.Workflow);
        if (ApprovalRules.RefuseDraft(workflow, switchedOff: false, draft.Workflow, draft.ModelId) is { } refusal)
        {
            return ApprovalOutcome.Refused(refusal);
        }

        // Deferred: the request's completion comes after it, so a power cut that loses the draft runs the request again.
        var entries = ApprovalEntries.DraftCreatedWithCalls(draft);
        var guard = WorkflowSwitch.WhileRunning(draft.Workflow);
        var result = await ledger.AppendAsync(
            new LedgerAppend(entries, [], draft.DraftId, ExpectedDraftSequence: 0) { Durability = LedgerDurability.Deferred, Guard = guard }, cancellationToken);
        if (result.Status == AppendStatus.Conflict)
        {
            result = await ledger.AppendAsync(new LedgerAppend(entries, []) { Durability = LedgerDurability.Deferred, Guard = guard }, cancellationToken);
        }
        else if (result.Status == AppendStatus.Appended)
        {
            return new ApprovalOutcome(ApprovalOutcomeKind.Recorded, "Draft recorded.", DraftHistory.Fold(result.Records));
        }

        return result.Status == AppendStatus.Refused
            ? ApprovalOutcome.Refused(ApprovalRules.RefuseDraft(workflow, switchedOff: true, draft.Workflow, draft.ModelId)!)
            : await OutcomeAsync(result, draft.DraftId, "Draft recorded.", cancellationToken);
    }

    public Task<ApprovalOutcome> RecordCheckAsync(string draftId, string version, CheckResult result, CancellationToken cancellationToken = default) =>
        ActAsync(draftId, (state, _) => state.Version != version
            ? (ApprovalOutcome.Refused("The check is for an older version of this draft."), null)
            : (null, LedgerAppendFor(state, ApprovalEntries.CheckResult(state, result)) with { Durability = LedgerDurability.Deferred }), "Check recorded.", cancellationToken);

    public Task<ApprovalOutcome> OverrideFindingsAsync(string draftId, string version, Person approver, string reason, CancellationToken cancellationToken = default) =>
        ActAsync(draftId, (state, workflow) => state.Version != version
            ? (ApprovalOutcome.Refused("This draft has changed since you opened it; review the current version."), null)
            : ApprovalRules.RefuseOverride(state, workflow, approver, reason) is { } refusal
                ? (ApprovalOutcome.Refused(refusal), null)
                : (null, LedgerAppendFor(state, ApprovalEntries.Override(state, approver, reason))), "Override recorded.", cancellationToken);

    /// <summary>
    /// An approver approves a version the checker rejected, with a written reason (tiers 0–1, where the policy allows
    /// it): the override, the request and the approval are three ledger records, each naming who and why.
    /// </summary>
    public async Task<ApprovalOutcome> OverrideAndApproveAsync(string draftId, string version, Person approver, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(approver);
        var overridden = await OverrideFindingsAsync(draftId, version, approver, reason, cancellationToken);
        if (overridden.IsRefused)
        {
            return overridden;
        }

        var submitted = await SubmitAsync(draftId, approver, cancellationToken);
        if (submitted.IsRefused)
        {
            return submitted;
        }

        var decided = await DecideAsync(new DecisionRequest(draftId, version, approver, DecisionVerdict.Approve, reason), cancellationToken);
        return decided.IsRefused ? decided : decided with { Message = $"Approved despite the checker's findings ({reason}). {decided.Message}" };
    }

    public Task<ApprovalOutcome> SubmitAsync(string draftId, Person by, CancellationToken cancellationToken = default) =>
        ActAsync(draftId, (state, workflow) => ApprovalRules.RefuseSubmit(state, workflow) is { } refusal
            ? (ApprovalOutcome.Refused(refusal), null)
            : (null, new LedgerAppend([ApprovalEntries.Requested(state, by, workflow, policy.NamedMembers(workflow.ApproverRoles))],
                ApprovalJobs.ForRequest(state, workflow, state.LastSequence, time.GetUtcNow()), state.DraftId, state.LastSequence)), "Sent for approval.", cancellationToken);

    /// <summary>Asks for a new approval of the same text, when an approval is about to lapse or has lapsed.</summary>
    public Task<ApprovalOutcome> RenewAsync(string draftId, string version, Person by, CancellationToken cancellationToken = default) =>
        ActAsync(draftId, (state, workflow) => ApprovalRules.RefuseRenew(state, workflow, by, version) is { } refusal
            ? (ApprovalOutcome.Refused(refusal), null)
            : (null, new LedgerAppend([ApprovalEntries.Requested(state, by, workflow, policy.NamedMembers(workflow.ApproverRoles), renewal: true)],
                ApprovalJobs.ForRequest(state, workflow, state.LastSequence, time.GetUtcNow()), state.DraftId, state.LastSequence)), "Sent for a new approval of the same text.", cancellationToken);

    public async Task<ApprovalOutcome> DecideAsync(DecisionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await GetStateAsync(request.DraftId, cancellationToken) is { } current
            && await switches.PauseOfAsync(current.Workflow, cancellationToken) is { } pause)
        {
            return ApprovalOutcome.Refused($"The {pause.Workflow} workflow is paused (by {policy.DisplayName(pause.By)}: {pause.Reason}); decisions wait until it is resumed.", current);
        }

        return await DecideUnpausedAsync(request, cancellationToken);
    }

    private Task<ApprovalOutcome> DecideUnpausedAsync(DecisionRequest request, CancellationToken cancellationToken)
    {
        var message = string.Empty;
        return ActAsync(request.DraftId, (state, workflow) =>
        {
            var ruling = ApprovalRules.Decide(state, workflow, request);
            message = ruling.Message;
            if (ruling.Kind != ApprovalOutcomeKind.Recorded)
            {
                return (new ApprovalOutcome(ruling.Kind, ruling.Message, state), null);
            }

            var now = time.GetUtcNow();
            var approved = ruling.Status == ApprovalStatus.Approved;
            DateTimeOffset? expiresAt = approved && workflow.Validity is { } v ? now + v.Lifetime : null;
            // The decision records the roles the person decided in, not every role they hold.
            var roles = request.Approver.Roles.Intersect(workflow.ApproverRoles, StringComparer.Ordinal).ToArray();
            var entry = ApprovalEntries.Decision(state, request, roles, ruling.Status, expiresAt);
            var trail = state.ApprovalsOfCurrentVersion.Append(new RecordedDecision(request.Approver.Id, roles, request.Verdict, request.Version, now, request.Reason, 0)).ToArray();
            IReadOnlyList<JobRequest> jobs = [
                .. ApprovalJobs.ForDecisionNotice(state, request, ruling.Message, now),
                .. approved ? ApprovalJobs.ForApproval(state, workflow, trail, now, expiresAt) : []];
            return (null, new LedgerAppend([entry], jobs, state.DraftId, state.LastSequence));
        }, () => message, cancellationToken);
    }

    /// <summary>Lapses an approval whose validity has run out; run by the expiry job.</summary>
    public Task<ApprovalOutcome> ExpireAsync(string draftId, string version, CancellationToken cancellationToken = default) =>
        ActAsync(draftId, (state, workflow) =>
        {
            var now = time.GetUtcNow();
            return state.Status != ApprovalStatus.Approved || state.Version != version || state.ExpiresAt is not { } at || at > now
                ? (ApprovalOutcome.Refused("Nothing to expire: the approval is not due or no longer current.", state), null)
                : (null, new LedgerAppend([ApprovalEntries.Expired(state, now)], ApprovalJobs.ForExpiry(state, workflow, now), state.DraftId, state.LastSequence));
        }, "The approval has lapsed.", cancellationToken);

    public async Task<DraftState?> GetStateAsync(string draftId, CancellationToken cancellationToken = default) =>
        DraftHistory.Fold(await ledger.QueryAsync(new LedgerQuery(DraftId: draftId), cancellationToken));

    /// <summary>The draft as it stood when <paramref name="version"/> was made (its text and sources), or null when it never had that version.</summary>
    public async Task<DraftState?> GetVersionAsync(string draftId, string version, CancellationToken cancellationToken = default) =>
        DraftHistory.FoldTo(await ledger.QueryAsync(new LedgerQuery(DraftId: draftId), cancellationToken), version);

    private static LedgerAppend LedgerAppendFor(DraftState state, LedgerEntry entry) => new([entry], [], state.DraftId, state.LastSequence);

    private Task<ApprovalOutcome> ActAsync(string draftId, Func<DraftState, WorkflowPolicy, (ApprovalOutcome? Answer, LedgerAppend? Append)> decide, string recorded, CancellationToken cancellationToken) =>
        ActAsync(draftId, decide, () => recorded, cancellationToken);

    private async Task<ApprovalOutcome> ActAsync(string draftId, Func<DraftState, WorkflowPolicy, (ApprovalOutcome? Answer, LedgerAppend? Append)> decide, Func<string> recorded, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < ConflictRetries; attempt++)
        {
            var state = await GetStateAsync(draftId, cancellationToken);
            if (state is null)
            {
                return ApprovalOutcome.Refused($"There is no draft '{draftId}'.");
            }

            if (policy.FindWorkflow(state.Workflow) is not { } workflow)
            {
                return ApprovalOutcome.Refused($"The {state.Workflow} workflow is no longer in the policy.", state);
            }

            var (answer, append) = decide(state, workflow);
            if (answer is not null || append is null)
            {
                return answer ?? ApprovalOutcome.Refused("Nothing to record.", state);
            }

            // Appended only if the draft's latest record is still the one the state was read at, so the state after
            // it is that state with the new records: nothing to read back.
            var result = await ledger.AppendAsync(append, cancellationToken);
            if (result.Status == AppendStatus.Appended && append.DraftId == state.DraftId && append.ExpectedDraftSequence == state.LastSequence)
            {
                return new ApprovalOutcome(ApprovalOutcomeKind.Recorded, recorded(), DraftHistory.FoldOnto(state, result.Records));
            }

            if (result.Status != AppendStatus.Conflict)
            {
                return await OutcomeAsync(result, draftId, recorded(), cancellationToken);
            }
        }

        return ApprovalOutcome.Refused("The draft is changing too quickly to record this; try again.");
    }

    private async Task<ApprovalOutcome> OutcomeAsync(AppendResult result, string draftId, string message, CancellationToken cancellationToken)
    {
        var state = await GetStateAsync(draftId, cancellationToken);
        return result.Status == AppendStatus.Duplicate
            ? new ApprovalOutcome(ApprovalOutcomeKind.Duplicate, "This was already recorded.", state)
            : new ApprovalOutcome(ApprovalOutcomeKind.Recorded, message, state);
    }
}
