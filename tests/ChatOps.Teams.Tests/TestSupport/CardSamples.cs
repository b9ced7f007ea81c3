using ChatOps.Core.Cards;
using ChatOps.Core.Cards.Building;
using ChatOps.Teams.Cards;

namespace ChatOps.Teams.Tests.TestSupport;

/// <summary>Every shape of card the product produces, with the view it is rendered for.</summary>
internal static class CardSamples
{
    public static readonly string[] Approvers = ["29:1approver-a", "29:1approver-b"];

    private static readonly Dictionary<string, string> DraftRef = new() { ["draft"] = "D-7", ["version"] = "2" };

    public static IReadOnlyDictionary<string, (Card Card, AdaptiveCardView View)> All { get; } = new Dictionary<string, (Card, AdaptiveCardView)>
    {
        ["draft-accepted"] = (Draft(accepted: true), AdaptiveCardView.Everyone),
        ["draft-rejected"] = (Draft(accepted: false), AdaptiveCardView.Everyone),
        ["approval-shared"] = (Approval(), AdaptiveCardView.Shared(Approvers)),
        ["approval-approver"] = (Approval(), AdaptiveCardView.Actionable(Approvers)),
        ["decided-approved"] = (Decided(approved: true), AdaptiveCardView.Everyone),
        ["decided-rejected"] = (Decided(approved: false), AdaptiveCardView.Everyone),
        ["answer-who-approved"] = (Answer(), AdaptiveCardView.Everyone),
        ["draft-with-edit"] = (Draft(accepted: true) with
        {
            Actions =
            [
                new CardAction(CardVerbs.Submit, "Submit for approval", CardActionStyle.Primary, DraftRef),
                new CardAction(CardVerbs.Edit, "Edit", CardActionStyle.Default, DraftRef)
                {
                    Input = new CardInput("text", "New text of the draft", Required: true, MaxLength: 20_000),
                },
            ],
        }, AdaptiveCardView.Everyone),
        ["answer-help"] = (AnswerCards.Help("frobnicate the ledger"), AdaptiveCardView.Everyone),
        ["answer-refused"] = (AnswerCards.Refused("You drafted this, so another approver has to decide."), AdaptiveCardView.Everyone),
        ["many-findings"] = (Draft(accepted: false) with { Findings = [.. Enumerable.Range(1, 30).Select(Finding)] }, AdaptiveCardView.Everyone),
    };

    public static CardDraft DraftText(int citations = 2) => new(
        "Checkout errors rose for EU customers after the 14:02 deploy [1]. The rollback finished at 14:31 [2].",
        [.. Enumerable.Range(1, citations).Select(n => new CardCitation(
            n, $"S{n}", n % 2 == 0 ? "deploy" : "log-query", $"Source {n}: checkout error rate (EU)",
            $"https://grafana.example.com/d/{n}", "Error rate for checkout in eu-west-1 between 13:50 and 14:40 UTC."))])
    {
        VersionHash = "9f2c1e",
    };

    public static Card Draft(bool accepted) => new()
    {
        Kind = CardKind.Draft,
        Title = accepted ? "Draft: incident update (accepted)" : "Draft: incident update (2 findings)",
        Subtitle = "incident-internal · INC-42 · version 2",
        Tone = accepted ? CardTone.Good : CardTone.Attention,
        Draft = DraftText(),
        AiGenerated = true,
        Facts = [new("Workflow", "incident-internal"), new("Verdict", accepted ? "accepted" : "rejected"), new("Model", "offline-1")],
        Findings = accepted ? [] : [Finding(1), Finding(2)],
        Actions = accepted ? [new CardAction(CardVerbs.Submit, "Submit for approval", CardActionStyle.Primary, DraftRef)] : [],
    };

    public static Card Approval() => new()
    {
        Kind = CardKind.ApprovalRequest,
        Title = "Approval requested: incident update",
        Subtitle = "Drafted by Dana · version 2 · hash 9f2c1e",
        Draft = DraftText(),
        AiGenerated = true,
        Facts = [new("Tier", "internal"), new("Approvals needed", "1 of 2")],
        ActionableBy = ["alex", "bo"],
        Actions =
        [
            new CardAction(CardVerbs.Approve, "Approve", CardActionStyle.Primary, DraftRef),
            new CardAction(CardVerbs.Reject, "Reject", CardActionStyle.Destructive, DraftRef)
            {
                Input = new CardInput("reason", "Reason", Required: true, "Why is this rejected?"),
            },
            new CardAction(CardVerbs.RequestChanges, "Request changes", CardActionStyle.Default, DraftRef)
            {
                Input = new CardInput("reason", "Reason", Required: true),
            },
        ],
    };

    public static Card Decided(bool approved) => Approval() with
    {
        Kind = CardKind.Decided,
        Title = approved ? "Approved: incident update" : "Rejected: incident update",
        Tone = approved ? CardTone.Good : CardTone.Attention,
        Facts = [new("Decision", approved ? "approved" : "rejected"), new("By", "Alex"), new("At", "2026-11-23 15:04 UTC")],
        Paragraphs = approved ? [] : ["**Reason:** the timeline cites a chat message only."],
        Actions = [],
        ActionableBy = [],
    };

    public static Card Answer() => new()
    {
        Kind = CardKind.Answer,
        Title = "Who approved INC-42?",
        Paragraphs = ["**Alex** approved version 2 (hash `9f2c1e`) at 15:04 UTC.", "Sources: S1, S2 · prompt incident-internal@3 · model offline-1"],
    };

    private static CardFinding Finding(int n) => new(
        "uncited-claim", $"The database failed at 14:0{n % 10} UTC.", "A claim with no citation.", "Cite the log query that shows it, e.g. [S1].");
}
