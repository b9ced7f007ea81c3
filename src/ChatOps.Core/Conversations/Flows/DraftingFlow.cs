using System.Globalization;
using ChatOps.Core.Approvals;
using ChatOps.Core.Cards;
using ChatOps.Core.Cards.Building;
using ChatOps.Core.Checking;
using ChatOps.Core.Conversations.Commands;
using ChatOps.Core.Conversations.Replies;
using ChatOps.Core.Diagnostics;
using ChatOps.Core.Drafting;
using ChatOps.Core.Evidence;
using ChatOps.Core.Ledger;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Conversations.Flows;

/// <summary>Draft, check and edit: gather evidence, draft (or take the person's text), check, record, answer with a card.</summary>
/// <remarks>
/// A draft crosses the model boundary only through the gateway, and every boundary is decided before the first byte
/// leaves: here the workflow's kill-switch (before the evidence is even gathered); in the drafting port, with the
/// policy's allowed endpoints handed to it, the allowed endpoint, the evidence's clearance and the daily budget.
/// Every model call is recorded in the ledger, with the draft when there is one.
/// </remarks>
public sealed class DraftingFlow(
    IEvidenceGatherer gatherer,
    IDraftingService drafting,
    ICiteFirstChecker checker,
    ApprovalService approvals,
    ChatOpsPolicy policy,
    ILedgerStore ledger,
    TimeProvider time,
    WorkflowSwitch switches)
{
    public async Task<ConversationReply> DraftAsync(IncomingMessage message, Person person, DraftCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(command);
        using var activity = ChatOpsDiagnostics.Source.StartActivity("chatops.draft");
        activity?.SetTag("chatops.workflow", command.Workflow);
        if (await RefuseWorkflowAsync(command.Workflow, cancellationToken) is { } refusal)
        {
            return ConversationReply.Thread(AnswerCards.Refused(refusal));
        }

        var evidence = await gatherer.GatherAsync(new EvidenceRequest(message.Where, message.Thread, command.Ticket, message.Attachments), cancellationToken);
        var request = new DraftRequest(command.Workflow, evidence, command.Request) { AllowedEndpoints = policy.FindWorkflow(command.Workflow)!.AllowedModels };
        DraftResult result;
        try
        {
            result = await drafting.DraftAsync(request, cancellationToken);
        }
        catch (DraftingException ex)
        {
            activity?.SetTag("chatops.refused", ex.Kind.ToString());
            await RecordCallsAsync(ex.Calls, command, message.Where.ThreadKey, cancellationToken);
            return ConversationReply.Thread(AnswerCards.Refused(ex.Message)) with { RetryAfter = ex.RetryAfter };
        }

        var workflowTag = new KeyValuePair<string, object?>("workflow", command.Workflow);
        ChatOpsDiagnostics.Tokens.Add(result.Usage.InputTokens, new KeyValuePair<string, object?>("direction", "input"), workflowTag);
        ChatOpsDiagnostics.Tokens.Add(result.Usage.OutputTokens, new KeyValuePair<string, object?>("direction", "output"), workflowTag);
        ChatOpsDiagnostics.Cost.Add((double)result.Cost, workflowTag);
        var draft = new NewDraft
        {
            DraftId = message.DeliveryId is { } delivery ? DraftIds.From(delivery) : DraftIds.New(time),
            Workflow = command.Workflow,
            Drafter = person,
            Thread = message.Where.ThreadKey,
            Ticket = command.Ticket,
            Request = command.Request,
            PromptId = command.Workflow,
            PromptVersionHash = result.PromptVersion,
            // The policy allows model endpoints by name; the model behind the endpoint is recorded beside it.
            ModelId = result.Endpoint,
            // Totals over every call of this draft; each call is also its own model-call record.
            ModelSettings = new Dictionary<string, string>
            {
                ["model"] = result.Model,
                ["owner"] = result.Owner,
                ["attempts"] = result.Attempts.ToString(CultureInfo.InvariantCulture),
                ["input_tokens"] = result.Usage.InputTokens.ToString(CultureInfo.InvariantCulture),
                ["output_tokens"] = result.Usage.OutputTokens.ToString(CultureInfo.InvariantCulture),
                ["cost"] = result.Cost.ToString(CultureInfo.InvariantCulture),
                ["latency_ms"] = Math.Round(result.Latency.TotalMilliseconds, 1).ToString(CultureInfo.InvariantCulture),
                ["cached"] = result.IsCached ? "true" : "false",
            },
            Evidence = EvidenceReferences.Of(evidence),
            Output = result.Draft,
            Flags = [.. result.Flags.Where(f => f.Kind != DraftFlag.Cached)],
            ModelCalls = result.Calls,
        };
        // The gate checked exactly this text against this evidence; its check is the one recorded and shown.
        return await RecordAndShowAsync(draft, evidence, result.Check, aiGenerated: true, DraftFacts.Of(result), cancellationToken);
    }

    public async Task<ConversationReply> CheckAsync(IncomingMessage message, CheckCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(command);
        var evidence = await gatherer.GatherAsync(new EvidenceRequest(message.Where, message.Thread, null, message.Attachments), cancellationToken);
        var check = checker.Check(evidence, command.Text);
        var view = new DraftView("(not saved)", "check", EvidenceReferences.HashOf(command.Text), command.Text, null, AiGenerated: false);
        var card = DraftCards.Checked(view, check, evidence) with { Actions = [], Title = "Check of your text" };
        return ConversationReply.Thread(card);
    }

    public async Task<ConversationReply> EditAsync(IncomingMessage message, Person person, EditCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(command);
        var draftId = command.DraftId ?? await LatestDraftInThreadAsync(message.Where, cancellationToken);
        var state = draftId is null ? null : await approvals.GetStateAsync(draftId, cancellationToken);
        if (state is null)
        {
            return ConversationReply.Thread(AnswerCards.Refused("There is no draft to edit in this thread; name one: `edit d-… <text>`."));
        }

        if (string.IsNullOrWhiteSpace(command.Text))
        {
            return ConversationReply.Thread(AnswerCards.Refused("edit needs the new text of the draft."));
        }

        var evidence = await gatherer.GatherAsync(new EvidenceRequest(message.Where, message.Thread, state.Ticket, message.Attachments), cancellationToken);
        // People edit what the card showed them: its [n] markers are that version's citations, stored as source ids.
        var edited = await approvals.GetVersionAsync(state.DraftId, command.BaseVersion ?? state.Version, cancellationToken) ?? state;
        // Numbered as the card numbered it: against the sources' text (numbers follow the supporting sentences).
        var text = CitationNumbers.ToSourceIds(command.Text, edited.Output, evidence);
        // A person's edit is checked against the same sources, so a source that tries to instruct still shows to the approver.
        var flags = InjectionScanner.Scan(evidence);
        var draft = new NewDraft
        {
            DraftId = state.DraftId,
            Workflow = state.Workflow,
            Drafter = person,
            Thread = state.Thread,
            Ticket = state.Ticket,
            Request = "edit",
            PromptId = "human-edit",
            PromptVersionHash = "none",
            ModelId = ApprovalRules.HumanAuthor,
            Evidence = EvidenceReferences.Of(evidence),
            Output = text,
            Flags = flags,
        };
        CheckResult check;
        using (ChatOpsDiagnostics.Source.StartActivity("chatops.check"))
        {
            check = checker.Check(evidence, draft.Output, draft.Workflow);
        }

        return await RecordAndShowAsync(draft, evidence, check, aiGenerated: false, [.. DraftFacts.Flags(flags)], cancellationToken);
    }

    /// <summary>The kill-switch: the policy's <c>enabled</c>, then the run-time switch as the ledger records it.</summary>
    private async Task<string?> RefuseWorkflowAsync(string name, CancellationToken cancellationToken)
    {
        if (policy.FindWorkflow(name) is not { } workflow)
        {
            return $"There is no '{name}' workflow in the policy, so nothing was drafted.";
        }

        if (!workflow.Enabled)
        {
            return $"The {name} workflow is switched off in the policy (enabled: false): nothing was drafted and nothing was sent to a model. Ask the policy's owner to turn it back on.";
        }

        return await switches.PauseOfAsync(name, cancellationToken) is { } pause
            ? $"The {name} workflow is paused (by {policy.DisplayName(pause.By)}: {pause.Reason}): nothing was drafted and nothing was sent to a model. " +
              $"It drafts again once someone in the policy's controls.pause resumes it (`resume {name}`)."
            : null;
    }

    private async Task RecordCallsAsync(IReadOnlyList<ModelCall> calls, DraftCommand command, string thread, CancellationToken cancellationToken)
    {
        if (calls.Count > 0)
        {
            // No draft came of these calls, but they were made (and may have cost money): the ledger keeps them.
            var entries = calls.Select(c => ModelCallEntries.For(c, command.Workflow, null, thread, command.Ticket)).ToArray();
            await ledger.AppendAsync(new LedgerAppend(entries, []) { Durability = LedgerDurability.Deferred }, cancellationToken);
        }
    }

    private async Task<ConversationReply> RecordAndShowAsync(NewDraft draft, EvidenceSet evidence, CheckResult check, bool aiGenerated, IReadOnlyList<CardFact> extra, CancellationToken cancellationToken)
    {
        ApprovalOutcome created;
        using (ChatOpsDiagnostics.Source.StartActivity("chatops.record"))
        {
            created = await approvals.CreateDraftAsync(draft, cancellationToken);
        }

        if (created.IsRefused || created.State is null)
        {
            return ConversationReply.Thread(AnswerCards.Refused(created.Message));
        }

        ChatOpsDiagnostics.Drafts.Add(1, new("workflow", draft.Workflow), new("verdict", check.IsAccepted ? "accepted" : "rejected"));
        foreach (var rule in check.Findings.Select(f => f.Rule).Distinct(StringComparer.Ordinal))
        {
            ChatOpsDiagnostics.Rejections.Add(1, new KeyValuePair<string, object?>("rule", rule));
        }

        await approvals.RecordCheckAsync(draft.DraftId, created.State.Version, check, cancellationToken);
        var view = new DraftView(draft.DraftId, draft.Workflow, created.State.Version, draft.Output, draft.Ticket, aiGenerated) { Extra = extra };
        return ConversationReply.Thread(DraftCards.Checked(view, check, evidence, approvals.AllowsOverride(draft.Workflow)));
    }

    /// <summary>The newest draft started in this thread, if any.</summary>
    public async Task<string?> LatestDraftInThreadAsync(ConversationRef where, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(where);
        var records = await ledger.QueryAsync(new LedgerQuery(Thread: where.ThreadKey, Kind: LedgerRecordKinds.DraftCreated), cancellationToken);
        return records.Count == 0 ? null : records[^1].DraftId;
    }
}
