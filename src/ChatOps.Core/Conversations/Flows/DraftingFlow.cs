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
public sealed class DraftingFlow(
    IEvidenceGatherer gatherer,
    IDraftingService drafting,
    ICiteFirstChecker checker,
    ApprovalService approvals,
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
        if (await switches.PauseOfAsync(command.Workflow, cancellationToken) is { } pause)
        {
            return ConversationReply.Thread(AnswerCards.Refused($"The {pause.Workflow} workflow is paused ({pause.Reason}), so nothing was drafted. Someone in the policy's controls.pause can `resume {pause.Workflow}`."));
        }

        var evidence = await gatherer.GatherAsync(new EvidenceRequest(message.Where, message.Thread, command.Ticket, message.Attachments), cancellationToken);
        DraftResult result;
        try
        {
            result = await drafting.DraftAsync(new DraftRequest(command.Workflow, evidence, command.Request), cancellationToken);
        }
        catch (DraftingException ex)
        {
            return ConversationReply.Thread(AnswerCards.Refused($"No draft was made: {ex.Message}"));
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
            ModelSettings = new Dictionary<string, string>
            {
                ["model"] = result.Model,
                ["owner"] = result.Owner,
                ["attempts"] = result.Attempts.ToString(CultureInfo.InvariantCulture),
                ["input_tokens"] = result.Usage.InputTokens.ToString(CultureInfo.InvariantCulture),
                ["output_tokens"] = result.Usage.OutputTokens.ToString(CultureInfo.InvariantCulture),
                ["cost"] = result.Cost.ToString(CultureInfo.InvariantCulture),
            },
            Evidence = EvidenceReferences.Of(evidence),
            Output = result.Draft,
        };
        var extra = new[]
        {
            new CardFact("Model", result.Model),
            new CardFact("Prompt version", DraftCards.ShortVersion(result.PromptVersion)),
            new CardFact("Attempts", result.Attempts.ToString(CultureInfo.InvariantCulture)),
        };
        return await RecordAndShowAsync(draft, evidence, aiGenerated: true, extra, cancellationToken);
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
        };
        return await RecordAndShowAsync(draft, evidence, aiGenerated: false, [], cancellationToken);
    }

    private async Task<ConversationReply> RecordAndShowAsync(NewDraft draft, EvidenceSet evidence, bool aiGenerated, IReadOnlyList<CardFact> extra, CancellationToken cancellationToken)
    {
        var created = await approvals.CreateDraftAsync(draft, cancellationToken);
        if (created.IsRefused || created.State is null)
        {
            return ConversationReply.Thread(AnswerCards.Refused(created.Message));
        }

        CheckResult check;
        using (ChatOpsDiagnostics.Source.StartActivity("chatops.check"))
        {
            check = checker.Check(evidence, draft.Output, draft.Workflow);
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
