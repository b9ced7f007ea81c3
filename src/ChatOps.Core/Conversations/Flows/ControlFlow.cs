using System.Globalization;
using ChatOps.Core.Approvals;
using ChatOps.Core.Cards;
using ChatOps.Core.Cards.Building;
using ChatOps.Core.Conversations.Replies;
using ChatOps.Core.Jobs;
using ChatOps.Core.Ledger;
using ChatOps.Core.Ledger.Records;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Conversations.Flows;

/// <summary>
/// The controls beyond deciding: pause and resume a workflow, approve despite findings, retry a failed write-back,
/// renew an approval, run retention, and list what waits for me. Each is allowed to the roles the policy names,
/// and each use is a ledger record saying who and why.
/// </summary>
public sealed class ControlFlow(
    ApprovalService approvals,
    ApprovalFlow approvalFlow,
    ChatOpsPolicy policy,
    ILedgerStore ledger,
    IJobQueue outbox,
    WorkflowSwitch switches,
    RetentionSweeper retention,
    IThreadNotifier notifier,
    PeopleNames names,
    TimeProvider time)
{
    public async Task<ConversationReply> SwitchAsync(Person person, string workflowName, bool enabled, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        var verb = enabled ? "resume" : "pause";
        if (policy.FindWorkflow(workflowName) is not { } workflow)
        {
            return Refused($"There is no '{workflowName}' workflow; use one of: {string.Join(", ", policy.Workflows.Keys)}.");
        }

        if (!person.HoldsAny(policy.Controls.Pause))
        {
            return Refused(policy.Controls.Pause.Count == 0
                ? $"The policy names no role that may {verb} workflows (controls.pause)."
                : $"Only {string.Join(" or ", policy.Controls.Pause)} may {verb} workflows (policy controls.pause).");
        }

        if (!enabled && string.IsNullOrWhiteSpace(reason))
        {
            return Refused($"Say why: `pause {workflow.Name} <reason>`; the reason is recorded and shown on its cards.");
        }

        var paused = await switches.PauseOfAsync(workflow.Name, cancellationToken);
        if (paused is null == enabled)
        {
            return Refused(enabled ? $"The {workflow.Name} workflow is not paused." : $"The {workflow.Name} workflow is already paused (by {names.Of(paused!.By)}: {paused.Reason}).");
        }

        var record = await switches.SwitchAsync(workflow.Name, enabled, person, reason is { Length: > 0 } r ? r : "resumed", cancellationToken);
        var pending = await ShowSwitchAsync(record, cancellationToken);

        var said = enabled
            ? $"The {workflow.Name} workflow is running again: drafts, decisions and write-backs go ahead ({pending.Count} waiting approval(s) can be decided)."
            : $"The {workflow.Name} workflow is paused: no new drafts, its {pending.Count} waiting approval(s) cannot be decided, and its write-backs wait. Reason: {reason}. `resume {workflow.Name}` starts it again.";
        return ConversationReply.Thread(AnswerCards.Note(enabled ? $"Resumed: {workflow.Name}" : $"Paused: {workflow.Name}", said, $"Recorded in the ledger as #{record.Sequence.ToString(CultureInfo.InvariantCulture)} by {names.Of(person.Id)}."));
    }

    /// <summary>
    /// Shows a pause or resume (<paramref name="record"/>, from chat, the console or the CLI) on every copy of each
    /// waiting approval card of its workflow, in their own threads; once per record and draft, however often it is called.
    /// </summary>
    /// <returns>The drafts waiting for approval in the workflow.</returns>
    public async Task<IReadOnlyList<DraftState>> ShowSwitchAsync(LedgerRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (policy.FindWorkflow(record.Workflow) is not { } workflow)
        {
            return [];
        }

        var pending = await PendingDraftsAsync(workflow.Name, cancellationToken);
        foreach (var state in pending)
        {
            // The card shows the workflow's state now: a later flip already shown is not undone by an earlier one.
            var card = await approvalFlow.CurrentCardAsync(state, workflow, cancellationToken: cancellationToken);
            await notifier.NotifyAsync(state.Thread, $"switch:{record.Sequence.ToString(CultureInfo.InvariantCulture)}:{state.DraftId}", new ConversationReply
            {
                Updates = [new CardUpdate(state.DraftId, CardKind.ApprovalRequest, card)],
            }, cancellationToken);
        }

        return pending;
    }

    public async Task<ConversationReply> OverrideAsync(Person person, string? draftId, string? version, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (draftId is null || await approvals.GetStateAsync(draftId, cancellationToken) is not { } state)
        {
            return Refused("There is no draft to approve here; name one: `override d-… <reason>`.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Refused("An approval despite findings needs a written reason; say why the findings do not apply.");
        }

        var outcome = await approvals.OverrideAndApproveAsync(state.DraftId, version ?? state.Version, person, reason, cancellationToken);
        if (outcome.IsRefused || outcome.State is not { } after)
        {
            return Refused(outcome.Message);
        }

        var card = await approvalFlow.CurrentCardAsync(after, policy.FindWorkflow(after.Workflow), cancellationToken: cancellationToken);
        return new ConversationReply
        {
            ToThread = [AnswerCards.Note($"Approved despite findings: {after.Workflow}", $"{names.Of(person.Id)} approved `{after.DraftId}` although the checker rejected it. {outcome.Message}") with { DraftId = after.DraftId }, card],
        };
    }

    public async Task<ConversationReply> RetryAsync(Person person, string? draftId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (draftId is null || await approvals.GetStateAsync(draftId, cancellationToken) is not { } state || policy.FindWorkflow(state.Workflow) is not { } workflow)
        {
            return Refused("There is no write-back to retry here; name the draft: `retry d-…`.");
        }

        if (!person.HoldsAny(workflow.ApproverRoles) && !person.HoldsAny(policy.Controls.Retry))
        {
            return Refused($"Only {string.Join(" or ", workflow.ApproverRoles.Concat(policy.Controls.Retry).Distinct(StringComparer.Ordinal))} may retry a {workflow.Name} write-back.");
        }

        var failed = (await outbox.ListAsync(failedOnly: true, cancellationToken)).Where(j => j.DraftId == state.DraftId && j.Kind == JobKinds.WriteBack).ToArray();
        if (failed.Length == 0)
        {
            return Refused($"No write-back of `{state.DraftId}` has failed; nothing to retry.");
        }

        foreach (var job in failed)
        {
            await outbox.RequeueAsync(job.IdempotencyKey, time.GetUtcNow(), cancellationToken);
            var retried = new WriteBackRetriedV1(job.IdempotencyKey, person.Id, $"retried after: {job.LastError}", LedgerTime.Format(time.GetUtcNow()));
            await ledger.AppendAsync(LedgerAppend.Of(LedgerBodies.Entry(retried, state.Workflow, state.DraftId, state.Thread, state.Ticket, null)), cancellationToken);
        }

        return ConversationReply.Thread(AnswerCards.Note("Retrying the write-back", $"{names.Of(person.Id)} asked to write `{state.DraftId}` back again; this thread will say where it went."));
    }

    public async Task<ConversationReply> RenewAsync(Person person, string? draftId, string? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (draftId is null || await approvals.GetStateAsync(draftId, cancellationToken) is not { } state)
        {
            return Refused("There is no approval to renew here; name the draft: `renew d-…`.");
        }

        var outcome = await approvals.RenewAsync(state.DraftId, version ?? state.Version, person, cancellationToken);
        if (outcome.IsRefused || outcome.State is not { } after || policy.FindWorkflow(after.Workflow) is not { } workflow)
        {
            return Refused(outcome.Message);
        }

        var approvers = ApproverList.Waiting(policy, after, workflow);
        var card = await approvalFlow.CurrentCardAsync(after, workflow, cancellationToken: cancellationToken);
        return new ConversationReply
        {
            ToThread = [AnswerCards.Note("Renewal requested", $"{names.Of(person.Id)} asked for a new approval of the same text of `{after.DraftId}` from {string.Join(", ", approvers.Select(names.Of))}.") with { Mentions = approvers, DraftId = after.DraftId }, card],
            ToPeople = approvers.Select(a => new PersonalCard(a, card)).ToArray(),
        };
    }

    public async Task<ConversationReply> RetainAsync(Person person, bool dryRun, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (!person.HoldsAny(policy.Controls.Retention))
        {
            return Refused(policy.Controls.Retention.Count == 0
                ? "The policy names no role that may run retention from chat (controls.retention); use `chatops ledger retain`."
                : $"Only {string.Join(" or ", policy.Controls.Retention)} may run retention (policy controls.retention).");
        }

        var report = await retention.RunAsync(person.Id, dryRun, cancellationToken);
        return ConversationReply.Thread(AnswerCards.Note(dryRun ? "Retention (dry run)" : "Retention run", report.Lines().ToArray()));
    }

    /// <summary>The drafts waiting for this person's decision, across every thread.</summary>
    public async Task<ConversationReply> PendingAsync(Person person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        var lines = new List<string>();
        foreach (var workflow in policy.Workflows.Values)
        {
            foreach (var state in await PendingDraftsAsync(workflow.Name, cancellationToken))
            {
                if (person.HoldsAny(workflow.ApproverRoles) && ApproverList.Waiting(policy, state, workflow).Contains(person.Id, StringComparer.Ordinal))
                {
                    lines.Add($"`{state.DraftId}` {state.Workflow}{(state.Ticket is { } t ? $" ({t})" : "")} from {names.Of(state.Drafter)}, in {state.Thread}.");
                }
            }
        }

        return ConversationReply.Thread(lines.Count == 0
            ? AnswerCards.Note("Nothing waits for you", "No draft is waiting for your decision.")
            : AnswerCards.Note($"{lines.Count.ToString(CultureInfo.InvariantCulture)} waiting for you", [.. lines]));
    }

    private async Task<IReadOnlyList<DraftState>> PendingDraftsAsync(string workflow, CancellationToken cancellationToken)
    {
        var requests = await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.ApprovalRequested, Workflow: workflow), cancellationToken);
        var states = new List<DraftState>();
        foreach (var draftId in requests.Select(r => r.DraftId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (await approvals.GetStateAsync(draftId, cancellationToken) is { Status: ApprovalStatus.PendingApproval } state)
            {
                states.Add(state);
            }
        }

        return states;
    }

    private static ConversationReply Refused(string reason) => ConversationReply.Thread(AnswerCards.Refused(reason));
}
