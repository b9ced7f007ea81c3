using System.Globalization;
using ChatOps.Core.Approvals;
using ChatOps.Core.Evidence;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Cards.Building;

/// <summary>The approval request an approver sees, and the decided card that replaces it for everyone.</summary>
public static class ApprovalCards
{
    public static Card Request(DraftState state, WorkflowPolicy workflow, EvidenceSet evidence, IReadOnlyList<string> approvers, Func<string, string>? nameOf = null, WorkflowPause? paused = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(workflow);
        nameOf ??= static id => id;
        var data = ActionData.For(state.DraftId, state.Version);
        var reason = new CardInput(ActionData.ReasonInput, "Reason", Required: true, Placeholder: "Say what must change or why");
        var card = new Card
        {
            Kind = CardKind.ApprovalRequest,
            DraftId = state.DraftId,
            Title = $"Approval requested: {state.Workflow}" + (state.Ticket is { } t ? $" ({t})" : ""),
            Subtitle = $"{nameOf(state.Drafter)} asks for your decision on version {DraftCards.ShortVersion(state.Version)}.",
            Draft = CitationNumbering.Number(state.Output, evidence, state.Version),
            Facts = [.. Facts(state, workflow, nameOf), .. DraftFacts.Flags(state.Flags), .. state.ApprovalsOfCurrentVersion.Select(a => new CardFact("Approved by", nameOf(a.Approver))),
                new CardFact("Waiting for", approvers.Count == 0 ? "nobody named: ask an admin" : string.Join(", ", approvers.Select(nameOf)))],
            Mentions = approvers,
            Actions =
            [
                new CardAction(CardVerbs.Approve, "Approve", CardActionStyle.Primary, data),
                new CardAction(CardVerbs.Reject, "Reject", CardActionStyle.Destructive, data) { Input = reason },
                new CardAction(CardVerbs.RequestChanges, "Request changes", CardActionStyle.Default, data) { Input = reason },
            ],
            ActionableBy = approvers,
            AiGenerated = true,
        };
        return paused is null ? card : card with
        {
            // A paused workflow's requests cannot be decided: the buttons go until it is resumed.
            Tone = CardTone.Warning,
            Subtitle = $"Paused by {nameOf(paused.By)}: {paused.Reason}. Decisions wait until the {paused.Workflow} workflow is resumed.",
            Facts = [.. card.Facts, new CardFact("Paused", $"by {nameOf(paused.By)} at {paused.At.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}: {paused.Reason}")],
            Actions = [],
        };
    }

    public static Card Decided(DraftState state, WorkflowPolicy? workflow, EvidenceSet evidence, Func<string, string>? nameOf = null, string? writeBack = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        nameOf ??= static id => id;
        var latest = state.Decisions.LastOrDefault(d => d.Version == state.Version);
        var facts = new List<CardFact>(workflow is null ? [] : Facts(state, workflow, nameOf));
        facts.AddRange(DraftFacts.Flags(state.Flags));
        facts.Add(new("Outcome", Describe(state.Status)));
        foreach (var decision in state.DecisionsOfCurrentRequest)
        {
            facts.Add(new CardFact(Verb(decision.Verdict), $"{nameOf(decision.Approver)} at {decision.At.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}"
                + (decision.Reason is { Length: > 0 } r ? $": {r}" : "")));
        }

        if (writeBack is not null)
        {
            facts.Add(new CardFact("Write-back", writeBack));
        }

        return new Card
        {
            Kind = CardKind.Decided,
            DraftId = state.DraftId,
            Title = $"{Describe(state.Status)}: {state.Workflow}" + (state.Ticket is { } t ? $" ({t})" : ""),
            Subtitle = latest is null ? null : $"Last decision by {nameOf(latest.Approver)}.",
            Tone = state.Status switch
            {
                ApprovalStatus.Approved => CardTone.Good,
                ApprovalStatus.Rejected or ApprovalStatus.Expired => CardTone.Attention,
                _ => CardTone.Warning,
            },
            Draft = CitationNumbering.Number(state.Output, evidence, state.Version),
            Facts = facts,
            AiGenerated = true,
        };
    }

    private static List<CardFact> Facts(DraftState state, WorkflowPolicy workflow, Func<string, string> nameOf) =>
    [
        new("Workflow", state.Workflow),
        new("Draft", state.DraftId),
        new("Tier", $"{(int)workflow.Tier} ({workflow.Tier})"),
        new("Drafter", nameOf(state.Drafter)),
        new("Version", DraftCards.ShortVersion(state.Version)),
        new("Approvals needed", workflow.ApprovalsRequired.ToString(CultureInfo.InvariantCulture)),
        new("Sources", string.Join(", ", state.Evidence.Select(e => $"{e.Id} ({e.Kind})"))),
    ];

    public static string Describe(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Approved => "Approved",
        ApprovalStatus.Rejected => "Rejected",
        ApprovalStatus.ChangesRequested => "Changes requested",
        ApprovalStatus.Expired => "Approval expired",
        ApprovalStatus.PendingApproval => "Waiting for approval",
        ApprovalStatus.Checked => "Checked",
        _ => "Drafted",
    };

    private static string Verb(DecisionVerdict verdict) => verdict switch
    {
        DecisionVerdict.Approve => "Approved by",
        DecisionVerdict.Reject => "Rejected by",
        _ => "Changes requested by",
    };
}
