using ChatOps.Core.Approvals;
using ChatOps.Core.Cards;
using ChatOps.Core.Cards.Building;
using ChatOps.Core.Conversations.Replies;
using ChatOps.Core.Diagnostics;
using ChatOps.Core.Ledger;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Conversations.Flows;

/// <summary>Submit and decide: the ledger's rules say yes or no; the answer is cards for approvers and in-place updates.</summary>
public sealed class ApprovalFlow(ApprovalService approvals, ChatOpsPolicy policy, ILedgerStore ledger, WorkflowSwitch switches, PeopleNames names)
{
    public async Task<ConversationReply> SubmitAsync(string? draftId, Person person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (draftId is null)
        {
            return ConversationReply.Thread(AnswerCards.Refused("There is no draft to submit in this thread; draft one first: `draft <workflow> …`."));
        }

        var outcome = await approvals.SubmitAsync(draftId, person, cancellationToken);
        if (outcome.IsRefused || outcome.State is not { } state)
        {
            return ConversationReply.Thread(AnswerCards.Refused(outcome.Message));
        }

        var workflow = policy.FindWorkflow(state.Workflow)!;
        var approvers = Approvers(state, workflow);
        var card = ApprovalCards.Request(state, workflow, EvidenceReferences.Rebuild(state.Evidence), approvers, names.Of);
        var note = AnswerCards.Note("Sent for approval",
            $"`{state.DraftId}` version `{DraftCards.ShortVersion(state.Version)}` went to {string.Join(", ", approvers.Select(names.Of))} ({string.Join(", ", workflow.ApproverRoles)}).") with { Mentions = approvers, DraftId = state.DraftId };
        return new ConversationReply
        {
            ToThread = [note, card],
            ToPeople = approvers.Select(a => new PersonalCard(a, card)).ToArray(),
        };
    }

    // Review latency: from the approval request of this version to the decision just recorded.
    private async Task RecordReviewLatencyAsync(DraftState state, CancellationToken cancellationToken)
    {
        var records = await ledger.QueryAsync(new LedgerQuery(DraftId: state.DraftId), cancellationToken);
        var requested = records.LastOrDefault(r => r.Kind == LedgerRecordKinds.ApprovalRequested);
        var decided = records.LastOrDefault(r => r.Kind == LedgerRecordKinds.Decision);
        if (requested is not null && decided is not null && decided.Sequence > requested.Sequence)
        {
            ChatOpsDiagnostics.ReviewLatency.Record((decided.Timestamp - requested.Timestamp).TotalSeconds, new KeyValuePair<string, object?>("workflow", state.Workflow));
        }
    }

    private IReadOnlyList<string> Approvers(DraftState state, WorkflowPolicy workflow) => ApproverList.Waiting(policy, state, workflow);

    /// <summary>The approval card as it stands now: the request (paused or not) while pending, else the decided card.</summary>
    public async Task<Card> CurrentCardAsync(DraftState state, WorkflowPolicy? workflow, string? writeBack = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var evidence = EvidenceReferences.Rebuild(state.Evidence);
        return state.Status == ApprovalStatus.PendingApproval && workflow is not null
            ? ApprovalCards.Request(state, workflow, evidence, Approvers(state, workflow), names.Of, await switches.PauseOfAsync(workflow.Name, cancellationToken))
            : ApprovalCards.Decided(state, workflow, evidence, names.Of, writeBack);
    }

    /// <summary>
    /// The approval card as it stands now, as this person should see it: with its buttons only for someone it is
    /// still waiting for. Channels that fetch a card when it is shown (Teams' refresh) answer with it; nothing is recorded.
    /// </summary>
    public async Task<ConversationReply> RefreshAsync(IncomingAction action, Person person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(person);
        if (!action.Data.TryGetValue(ActionData.DraftKey, out var draftId)
            || await approvals.GetStateAsync(draftId, cancellationToken) is not { } state
            || policy.FindWorkflow(state.Workflow) is not { } workflow)
        {
            return ConversationReply.Private(AnswerCards.Refused("This card's draft is not in the ledger; ask for a new approval card."));
        }

        var card = await CurrentCardAsync(state, workflow, cancellationToken: cancellationToken);
        if (!card.ActionableBy.Contains(person.Id, StringComparer.Ordinal))
        {
            card = card with { Actions = [] };
        }

        return new ConversationReply { Updates = [new CardUpdate(state.DraftId, CardKind.ApprovalRequest, card)] };
    }

    public async Task<ConversationReply> DecideAsync(IncomingAction action, Person person, DecisionVerdict verdict, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!action.Data.TryGetValue(ActionData.DraftKey, out var draftId) || !action.Data.TryGetValue(ActionData.VersionKey, out var version))
        {
            return ConversationReply.Private(AnswerCards.Refused("This button does not say which draft it is for; ask for a new approval card."));
        }

        using var activity = ChatOpsDiagnostics.Source.StartActivity("chatops.approval");
        activity?.SetTag("chatops.verdict", verdict.ToString());
        action.Inputs.TryGetValue(ActionData.ReasonInput, out var reason);
        if (verdict != DecisionVerdict.Approve && string.IsNullOrWhiteSpace(reason))
        {
            return ConversationReply.Private(AnswerCards.Refused("Give a reason: the drafter needs to know what to change."));
        }

        var outcome = await approvals.DecideAsync(new DecisionRequest(draftId, version, person, verdict, reason, action.DeliveryId, action.Notice), cancellationToken);
        if (outcome.IsRefused || outcome.State is not { } state)
        {
            return ConversationReply.Private(AnswerCards.Refused(outcome.Message));
        }

        var workflow = policy.FindWorkflow(state.Workflow);
        // Under the two-person rule the first approval leaves the request open: the card keeps its buttons.
        var decided = await CurrentCardAsync(state, workflow, cancellationToken: cancellationToken);
        if (outcome.Kind == ApprovalOutcomeKind.Duplicate)
        {
            return new ConversationReply { Updates = [new CardUpdate(state.DraftId, CardKind.ApprovalRequest, decided)] };
        }

        await RecordReviewLatencyAsync(state, cancellationToken);
        return Decided(state, decided, outcome.Message);
    }

    /// <summary>
    /// The news of a decision queued with it (<see cref="Jobs.DecisionNoticeJob"/>): the approval card as it stands
    /// now, for every copy of it, and the decision's note in the thread; nothing when the draft is gone from the ledger.
    /// </summary>
    public async Task<ConversationReply> NoticeOfDecisionAsync(string draftId, string message, CancellationToken cancellationToken = default)
    {
        if (await approvals.GetStateAsync(draftId, cancellationToken) is not { } state)
        {
            return new ConversationReply();
        }

        var card = await CurrentCardAsync(state, policy.FindWorkflow(state.Workflow), cancellationToken: cancellationToken);
        return Decided(state, card, message);
    }

    private static ConversationReply Decided(DraftState state, Card card, string message) => new()
    {
        Updates = [new CardUpdate(state.DraftId, CardKind.ApprovalRequest, card)],
        ToThread = [AnswerCards.Note(card.Title, message) with { DraftId = state.DraftId }],
    };
}
