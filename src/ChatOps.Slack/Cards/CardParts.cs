using System.Globalization;
using ChatOps.Core.Cards;

namespace ChatOps.Slack.Cards;

/// <summary>Builds the body parts of a card (draft, sources, facts, findings, paragraphs) as block groups.</summary>
internal static class CardParts
{
    public static BlockGroup? Draft(CardDraft? draft, Uri? fullText)
    {
        if (draft is null || string.IsNullOrWhiteSpace(draft.Text))
        {
            return null;
        }

        var links = MrkdwnFormatter.Links(draft.Citations);
        var pieces = SlackTextPacker.Split(draft.Text, word => MrkdwnFormatter.DraftWord(word, links), BlockKitLimits.SectionText);
        var blocks = pieces.Select((piece, i) => Section($"draft-{i}", piece)).ToList();
        return new BlockGroup(1, blocks, hidden =>
        {
            var link = SlackText.LinkTarget(fullText?.AbsoluteUri) is { } target ? $" <{target}|Open the full text>" : " Ask for the full text in the thread.";
            return Note("draft-more", $"_The draft is too long for one Slack message: the last {Count(hidden, "part")} are not shown._{link}");
        });
    }

    public static BlockGroup? Sources(IReadOnlyList<CardCitation> citations)
    {
        if (citations.Count == 0)
        {
            return null;
        }

        var lines = citations.OrderBy(c => c.Number).Select(Source).Prepend("*Sources*");
        var blocks = SlackTextPacker.Pack(lines, "\n", BlockKitLimits.SectionText).Select((piece, i) => Section($"sources-{i}", piece)).ToList();
        return new BlockGroup(4, blocks, hidden => Note("sources-more", $"_{Count(hidden, "more block")} of sources not shown._"));
    }

    public static BlockGroup? Facts(IReadOnlyList<CardFact> facts)
    {
        if (facts.Count == 0)
        {
            return null;
        }

        var blocks = facts.Chunk(BlockKitLimits.SectionFields).Select((chunk, i) => (SlackBlock)new SectionBlock
        {
            BlockId = $"facts-{i}",
            Fields = chunk.Select(f => (SlackTextObject)new MrkdwnText(
                SlackText.Truncate($"*{SlackText.Escape(f.Label)}*\n{SlackText.Escape(f.Value)}", BlockKitLimits.FieldText))).ToList(),
        }).ToList();
        return new BlockGroup(0, blocks, hidden => Note("facts-more", $"_{Count(hidden, "more block")} of details not shown._"));
    }

    public static BlockGroup? Findings(IReadOnlyList<CardFinding> findings)
    {
        if (findings.Count == 0)
        {
            return null;
        }

        var items = findings.Select(Finding).Prepend($"*Findings ({findings.Count.ToString(CultureInfo.InvariantCulture)})*");
        var blocks = SlackTextPacker.Pack(items, "\n\n", BlockKitLimits.SectionText).Select((piece, i) => Section($"findings-{i}", piece)).ToList();
        return new BlockGroup(2, blocks, hidden => Note("findings-more", $"_{Count(hidden, "more block")} of findings not shown; fix the ones above and check again._"));
    }

    public static BlockGroup? Paragraphs(IReadOnlyList<string> paragraphs)
    {
        if (paragraphs.Count == 0)
        {
            return null;
        }

        var items = paragraphs.SelectMany(p => MrkdwnFormatter.Paragraph(p) is { Length: <= BlockKitLimits.SectionText } formatted
            ? [formatted]
            : SlackTextPacker.Split(p, SlackText.Escape, BlockKitLimits.SectionText));
        var blocks = SlackTextPacker.Pack(items, "\n\n", BlockKitLimits.SectionText).Select((piece, i) => Section($"text-{i}", piece)).ToList();
        return new BlockGroup(3, blocks, hidden => Note("text-more", $"_{Count(hidden, "more block")} of text not shown._"));
    }

    private static string Source(CardCitation c)
    {
        var title = SlackText.Escape(SlackText.Truncate(c.Title, 200));
        var named = SlackText.LinkTarget(c.Uri) is { } target ? $"<{target}|{title}>" : title;
        var line = $"*[{c.Number.ToString(CultureInfo.InvariantCulture)}]* {named} · _{SlackText.Escape(c.Kind)}_";
        if (c.SupportingSentence is { Length: > 0 } sentence)
        {
            // The sentence that backs the claim at [n], quoted as the source writes it.
            return $"{line} — “{SlackText.Escape(SlackText.Truncate(sentence, 300))}”";
        }

        return string.IsNullOrWhiteSpace(c.Abstract) ? line : $"{line} — {SlackText.Escape(SlackText.Truncate(c.Abstract, 300))}";
    }

    private static string Finding(CardFinding f) =>
        $":warning: *{SlackText.Escape(f.Rule)}* — “{SlackText.Escape(SlackText.Truncate(f.Statement, 300))}”\n"
        + $"{SlackText.Escape(SlackText.Truncate(f.Message, 600))}\n*Fix:* {SlackText.Escape(SlackText.Truncate(f.Suggestion, 600))}";

    private static SectionBlock Section(string id, string mrkdwn) => new() { BlockId = id, Text = new MrkdwnText(mrkdwn) };

    private static ContextBlock Note(string id, string mrkdwn) =>
        new([new MrkdwnText(SlackText.Truncate(mrkdwn, BlockKitLimits.ContextText))]) { BlockId = id };

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");
}
