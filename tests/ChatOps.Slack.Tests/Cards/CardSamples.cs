using System.Globalization;
using System.Text;
using ChatOps.Core.Cards;

namespace ChatOps.Slack.Tests.Cards;

/// <summary>Generates every card shape the product can send: each kind, short to huge drafts, many findings and sources, Unicode, hostile text.</summary>
public static class CardSamples
{
    public static readonly IReadOnlyDictionary<string, string> ApprovalData =
        new Dictionary<string, string> { ["approval"] = "A-1042", ["draft"] = "D-77", ["version"] = "3f9a1c0e5b7d" };

    public static readonly Uri FullText = new("https://chatops.example.com/drafts/D-77?view=full&v=3");

    public static IEnumerable<(string Name, Card Card)> All()
    {
        yield return ("draft-short", Draft(Words(60), Citations(3)));
        yield return ("draft-with-submit", Draft(Words(120), Citations(4)) with { Actions = [Submit(), Edit()] });
        yield return ("draft-long", Draft(Words(1_500), Citations(12)) with { Actions = [Submit(), Edit()] });
        yield return ("draft-huge", Draft(Words(40_000), Citations(40)) with { Actions = [Submit(), Edit()] });
        yield return ("draft-one-giant-word", Draft("log: " + new string('x', 7_000) + " [1] end.", Citations(1)));
        yield return ("draft-many-citations", Draft(Words(400, citations: 150), Citations(150)));
        yield return ("draft-unicode", Draft(Unicode(3_500), Citations(5)) with { Title = "Entwurf 🚀 — 東京 «incident» " + new string('é', 200) });
        yield return ("draft-hostile", Draft("<!channel> & <!here> <https://evil.example|click> *bold* `code` [1] [2] [99]", Hostile()));
        yield return ("findings-few", Findings(3));
        yield return ("findings-many", Findings(80) with { Draft = new CardDraft(Words(2_000), Citations(20)) });
        yield return ("facts-many", Draft(Words(50), Citations(2)) with { Facts = [.. Enumerable.Range(1, 27).Select(i => new CardFact($"Fact {i}", new string('v', i * 90)))] });
        yield return ("approval-request", ApprovalRequest());
        yield return ("approval-request-long", ApprovalRequest() with { Draft = new CardDraft(Words(30_000), Citations(60)) { VersionHash = new string('a', 64) } });
        yield return ("approval-request-long-labels", ApprovalRequest() with
        {
            Actions = [new CardAction(CardVerbs.Approve, new string('A', 120), CardActionStyle.Primary, ApprovalData)],
        });
        yield return ("approval-many-actions", ApprovalRequest() with
        {
            Actions = [.. Enumerable.Range(0, 30).Select(i => new CardAction("verb-" + i.ToString(CultureInfo.InvariantCulture), "Action " + i.ToString(CultureInfo.InvariantCulture), CardActionStyle.Default, ApprovalData))],
        });
        yield return ("decided-approved", Decided(CardTone.Good, "Approved"));
        yield return ("decided-rejected", Decided(CardTone.Attention, "Rejected") with { Paragraphs = ["**Reason:** no rollback plan is cited [see the runbook](https://runbooks.example.com/rollback)."] });
        yield return ("answer-who-approved", Answer(["**Approved by** Dana Ops and Lee Chen", "Version `3f9a1c0e5b7d`, prompt v4, model offline-extractive", "[Ledger entry](https://chatops.example.com/ledger/991)"]));
        yield return ("answer-help", Answer([.. Enumerable.Range(0, 40).Select(i => $"`/chatops draft` example {i}: " + Words(60))]));
        yield return ("answer-huge-paragraph", Answer([Words(20_000)]));
        yield return ("answer-empty-title", new Card { Kind = CardKind.Answer, Title = string.Empty, Paragraphs = ["Unknown input: here is what I can do."] });
        yield return ("warning-tone", Draft(Words(30), Citations(1)) with { Tone = CardTone.Warning, Subtitle = new string('s', 3_000) });
    }

    public static Card ApprovalRequest() => new()
    {
        Kind = CardKind.ApprovalRequest,
        Title = "Approval needed: incident-update for INC-7",
        Subtitle = "Drafted by Sam Lee; needs 1 approver",
        AiGenerated = true,
        Draft = new CardDraft("Checkout errors rose to 12% at 14:02 UTC [1]. The deploy of billing-api 2.14.0 was rolled back at 14:20 [2]. Error rates are back to baseline [3].", Citations(3))
        {
            VersionHash = "3f9a1c0e5b7d2a4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d",
        },
        Facts = [new("Workflow", "incident-update"), new("Tier", "customer-facing"), new("Drafter", "Sam Lee"), new("Version", "3f9a1c0e5b7d")],
        Actions =
        [
            new CardAction(CardVerbs.Approve, "Approve", CardActionStyle.Primary, ApprovalData),
            new CardAction(CardVerbs.Reject, "Reject", CardActionStyle.Destructive, ApprovalData) { Input = new CardInput("reason", "Why is it rejected?", true, "Name the claim and what is wrong with it") },
            new CardAction(CardVerbs.RequestChanges, "Request changes", CardActionStyle.Default, ApprovalData) { Input = new CardInput("changes", "What should change?", true, MaxLength: 2000) },
        ],
        ActionableBy = ["dana", "lee"],
    };

    public static IEnumerable<CardAction> ActionsWithInput() =>
        All().SelectMany(s => s.Card.Actions).Where(a => a.Input is not null)
            .Append(Edit() with { Input = new CardInput("text", new string('L', 2_500), false, new string('p', 400), 9_000) })
            .DistinctBy(a => (a.Verb, a.Input!.Id, a.Input.MaxLength));

    private static Card Draft(string text, IReadOnlyList<CardCitation> citations) => new()
    {
        Kind = CardKind.Draft,
        Title = "Draft: incident-update for INC-7",
        Subtitle = "Verdict: accepted; every claim cites a source",
        Tone = CardTone.Good,
        AiGenerated = true,
        Draft = new CardDraft(text, citations) { VersionHash = "3f9a1c0e5b7d" },
        Facts = [new("Workflow", "incident-update"), new("Model", "offline-extractive"), new("Prompt", "v4")],
    };

    private static Card Findings(int count) => new()
    {
        Kind = CardKind.Draft,
        Title = "Draft needs changes before it can be submitted",
        Tone = CardTone.Warning,
        Draft = new CardDraft(Words(80), Citations(2)),
        Findings = [.. Enumerable.Range(1, count).Select(i => new CardFinding(
            i % 2 == 0 ? "uncited-claim" : "number-mismatch",
            $"Statement {i}: " + Words(30),
            "The draft says 15% but source [2] says 12%. " + Words(40),
            "Change the figure to 12% or cite a source that says 15%. " + Words(40)))],
        Actions = [Edit()],
    };

    private static Card Decided(CardTone tone, string outcome) => ApprovalRequest() with
    {
        Kind = CardKind.Decided,
        Title = $"{outcome}: incident-update for INC-7",
        Tone = tone,
        Facts = [new("Decided by", "Dana Ops"), new("At", "2026-11-23 14:31 UTC"), new("Version", "3f9a1c0e5b7d"), new("Workflow", "incident-update")],
    };

    private static Card Answer(IReadOnlyList<string> paragraphs) => new() { Kind = CardKind.Answer, Title = "Who approved INC-7's update?", Paragraphs = paragraphs };

    private static CardAction Submit() => new(CardVerbs.Submit, "Submit for approval", CardActionStyle.Primary, new Dictionary<string, string> { ["draft"] = "D-77", ["version"] = "3f9a1c0e5b7d" });

    private static CardAction Edit() => new(CardVerbs.Edit, "Edit", CardActionStyle.Default, new Dictionary<string, string> { ["draft"] = "D-77" })
    {
        Input = new CardInput("text", "The corrected draft", true, "Paste or type the new text; keep the [n] markers", 3000),
    };

    private static List<CardCitation> Citations(int count) => [.. Enumerable.Range(1, count).Select(i => new CardCitation(
        i, $"src-{i}", i % 3 == 0 ? "ticket" : "chat-message", $"Source {i}: " + Words(8),
        i % 4 == 0 ? null : $"https://example.slack.com/archives/C0123456789/p17900000{i:D5}?thread_ts=1790000000.000100&cid=C0123456789",
        Words(25)))];

    private static List<CardCitation> Hostile() =>
    [
        new(1, "s1", "chat-message", "<!channel> title | with > marks", "javascript:alert(1)", "<@U000TEST> & friends"),
        new(2, "s2", "ticket", "Ticket with | pipe", "https://tickets.example.com/INC-7?a=1&b=<2>|x", "abstract"),
    ];

    private static string Words(int count, int citations = 3)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(i % 17 == 16 ? $"claim[{(i % citations) + 1}]. " : i % 97 == 96 ? "\n\n" : "word" + (i % 10).ToString(CultureInfo.InvariantCulture) + " ");
        }

        return text.ToString();
    }

    private static string Unicode(int count)
    {
        string[] words = ["Zürich", "東京で", "🚀🔥", "Ελληνικά", "עברית", "e\u0301", "👩🏽‍💻", "𝔘𝔫𝔦", "ß", "[1]"];
        return string.Join(' ', Enumerable.Range(0, count).Select(i => words[i % words.Length]));
    }
}
