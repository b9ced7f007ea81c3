using System.Globalization;
using ChatOps.Core.Approvals;
using ChatOps.Core.Cards;
using ChatOps.Core.Cards.Building;
using ChatOps.Core.Conversations.Replies;
using ChatOps.Core.Policy;
using ChatOps.Core.Records;

namespace ChatOps.Core.Conversations.Flows;

/// <summary>
/// Tells the draft's thread (and updates its approval card) what became of an outbox job: where the approved text
/// went, that a write-back is retrying or failed (with a Retry button for approvers), that an approval lapses soon
/// or lapsed (with Renew), or that a request still waits (a nudge to its approvers).
/// </summary>
public sealed class JobNotices(ApprovalService approvals, ApprovalFlow approvalFlow, ChatOpsPolicy policy, IThreadNotifier notifier, PeopleNames names) : IJobListener
{
    public async Task OnJobAsync(JobEvent jobEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobEvent);
        var job = jobEvent.Job;
        if (job.DraftId is null || await approvals.GetStateAsync(job.DraftId, cancellationToken) is not { } state || string.IsNullOrEmpty(state.Thread))
        {
            return;
        }

        var workflow = policy.FindWorkflow(state.Workflow);
        var approvers = workflow is null ? [] : policy.NamedMembers(workflow.ApproverRoles);
        var data = ActionData.For(state.DraftId, state.Version);
        var key = $"{job.IdempotencyKey}:{jobEvent.Kind}:{job.DueAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}";
        var reply = jobEvent.Kind switch
        {
            JobEventKind.WrittenBack => await WrittenBackAsync(jobEvent, state, workflow, cancellationToken),
            JobEventKind.Retrying => Thread(Note(state, CardTone.Warning, "Write-back retrying",
                $"Writing `{state.DraftId}` to {jobEvent.Target} failed: {jobEvent.Reason}",
                $"Retrying at {At(jobEvent.NextAttempt)} with backoff; nothing is lost.")),
            JobEventKind.Failed => await FailedAsync(jobEvent, state, workflow, approvers, data, cancellationToken),
            JobEventKind.ReminderDue => Remind(state, approvers, data, "Approval lapses soon",
                $"The approval of `{state.DraftId}` ({state.Workflow}) lapses at {At(state.ExpiresAt)}. Renew asks its approvers for a new approval of the same text."),
            JobEventKind.Expired => Remind(state, approvers, data, "Approval lapsed",
                $"The approval of `{state.DraftId}` ({state.Workflow}) lapsed; the ticket is told. Renew asks its approvers for a new approval of the same text."),
            JobEventKind.StaleApproval => await NudgeAsync(state, workflow, cancellationToken),
            _ => null,
        };
        if (reply is not null)
        {
            await notifier.NotifyAsync(state.Thread, key, reply, cancellationToken);
        }
    }

    private async Task<ConversationReply> WrittenBackAsync(JobEvent e, DraftState state, WorkflowPolicy? workflow, CancellationToken cancellationToken)
    {
        var where = Where(e);
        var said = $"The approved text of `{state.DraftId}` ({state.Workflow}) is in {where}, with its approval trail and sources.";
        var instead = e.InsteadOf is { } policyTarget
            ? $"The policy names {policyTarget}, but this host has no {policyTarget} credentials, so the journal holds it; configure them to write to the ticket."
            : null;
        var card = await approvalFlow.CurrentCardAsync(state, workflow, where, cancellationToken);
        return new ConversationReply
        {
            ToThread = [Note(state, CardTone.Good, "Written back", instead is null ? [said] : [said, instead])],
            Updates = [new CardUpdate(state.DraftId, CardKind.ApprovalRequest, card)],
        };
    }

    private async Task<ConversationReply> FailedAsync(JobEvent e, DraftState state, WorkflowPolicy? workflow, IReadOnlyList<string> approvers, IReadOnlyDictionary<string, string> data, CancellationToken cancellationToken)
    {
        var card = await approvalFlow.CurrentCardAsync(state, workflow, $"failed: {e.Reason}", cancellationToken);
        var notice = Note(state, CardTone.Attention, "Write-back failed",
            $"Writing `{state.DraftId}` ({state.Workflow}) to {e.Target} failed: {e.Reason}",
            "The approved text is kept; an approver can retry once the cause is fixed (or `chatops outbox retry`).") with
        {
            Actions = [new CardAction(CardVerbs.Retry, "Retry write-back", CardActionStyle.Primary, data)],
            ActionableBy = [.. approvers, .. policy.NamedMembers(policy.Controls.Retry)],
        };
        return new ConversationReply
        {
            ToThread = [notice],
            Updates = [new CardUpdate(state.DraftId, CardKind.ApprovalRequest, card)],
        };
    }

    private static ConversationReply Remind(DraftState state, IReadOnlyList<string> approvers, IReadOnlyDictionary<string, string> data, string title, string said)
    {
        var card = Note(state, CardTone.Warning, title, said) with
        {
            Actions = [new CardAction(CardVerbs.Renew, "Renew", CardActionStyle.Primary, data)],
            ActionableBy = [.. approvers, state.Drafter],
            Mentions = approvers,
        };
        return new ConversationReply { ToThread = [card], ToPeople = approvers.Select(a => new PersonalCard(a, card)).ToArray() };
    }

    private async Task<ConversationReply?> NudgeAsync(DraftState state, WorkflowPolicy? workflow, CancellationToken cancellationToken)
    {
        if (workflow is null)
        {
            return null;
        }

        var waiting = ApproverList.Waiting(policy, state, workflow);
        var request = await approvalFlow.CurrentCardAsync(state, workflow, cancellationToken: cancellationToken);
        var note = Note(state, CardTone.Warning, "Still waiting for approval",
            $"`{state.DraftId}` ({state.Workflow}) has waited more than {workflow.RemindAfter?.TotalHours.ToString(CultureInfo.InvariantCulture)} hour(s) for {string.Join(", ", waiting.Select(names.Of))}.") with { Mentions = waiting };
        return new ConversationReply { ToThread = [note], ToPeople = waiting.Select(a => new PersonalCard(a, request)).ToArray() };
    }

    private static string Where(JobEvent e) => e.Target switch
    {
        WriteBackTarget.Journal => $"the journal, {e.Receipt?.Url ?? e.Receipt?.ExternalId}",
        _ => $"{e.Target} {(e.Receipt?.Url ?? e.Receipt?.ExternalId)}",
    };

    private static string At(DateTimeOffset? at) =>
        at is { } t ? t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) : "an unknown time";

    private static Card Note(DraftState state, CardTone tone, string title, params string[] paragraphs) =>
        AnswerCards.Note(title, paragraphs) with { Tone = tone, DraftId = state.DraftId };

    private static ConversationReply Thread(Card card) => ConversationReply.Thread(card);
}
