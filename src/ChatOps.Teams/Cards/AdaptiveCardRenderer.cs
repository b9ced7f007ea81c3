using System.Text.Json.Nodes;
using ChatOps.Core.Cards;
using static ChatOps.Teams.Cards.AdaptiveElements;

namespace ChatOps.Teams.Cards;

/// <summary>Renders a channel-neutral <see cref="Card"/> as an Adaptive Card 1.5 for Teams.</summary>
public static class AdaptiveCardRenderer
{
    public const string Version = "1.5";

    /// <summary>Findings shown in full; the rest are counted, so a long list cannot push a message over the size limit.</summary>
    internal const int DefaultMaxFindings = 20;

    public static JsonObject Render(Card card, AdaptiveCardView view) => Render(card, view, DefaultMaxFindings);

    internal static JsonObject Render(Card card, AdaptiveCardView view, int maxFindings)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(view);
        var body = new JsonArray { Header(card) };
        foreach (var paragraph in card.Paragraphs)
        {
            // Paragraphs are the core's own light Markdown (bold, links), so they are not escaped.
            body.Add(Text(paragraph));
        }

        if (card.Facts.Count > 0)
        {
            body.Add(FactSet(card.Facts));
        }

        if (card.Findings.Count > 0)
        {
            body.Add(Findings(card.Findings, maxFindings));
        }

        if (card.Draft is { Citations.Count: > 0 } draft)
        {
            body.Add(Sources(draft.Citations));
        }

        var hasActions = card.Actions.Count > 0;
        if (hasActions && view.ShowActions)
        {
            foreach (var node in AdaptiveActions.Body(card.Actions))
            {
                body.Add(node);
            }
        }
        else if (hasActions)
        {
            body.Add(Text("Only the people this is waiting for can act on it; their view has the buttons.", subtle: true, spacing: "Medium"));
        }

        var root = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = Version,
            ["fallbackText"] = card.Title,
            ["body"] = body,
        };
        if (hasActions && view.RefreshUserIds.Count > 0)
        {
            root["refresh"] = AdaptiveActions.Refresh(card.Actions, view.RefreshUserIds);
        }

        return root;
    }

    private static JsonObject Header(Card card)
    {
        var items = new List<JsonNode>
        {
            Text(MarkdownEscaper.Escape(card.Title), size: "Medium", weight: "Bolder", color: ToneColor(card.Tone)),
        };
        if (!string.IsNullOrWhiteSpace(card.Subtitle))
        {
            items.Add(Text(MarkdownEscaper.Escape(card.Subtitle), subtle: true, spacing: "None"));
        }

        if (card.AiGenerated)
        {
            items.Add(Text("AI-generated draft: check the sources before you rely on it.", subtle: true, spacing: "Small", size: "Small"));
        }

        return Container(items, ToneStyle(card.Tone));
    }

    private static JsonObject Findings(IReadOnlyList<CardFinding> findings, int max)
    {
        var items = new List<JsonNode> { Heading($"Findings ({findings.Count})") };
        foreach (var finding in findings.Take(max))
        {
            items.Add(Text($"**{MarkdownEscaper.Escape(finding.Rule)}**: {MarkdownEscaper.Escape(finding.Message)}", color: "Attention"));
            items.Add(Text($"\u201C{MarkdownEscaper.Escape(finding.Statement)}\u201D", subtle: true, spacing: "None"));
            items.Add(Text($"Fix: {MarkdownEscaper.Escape(finding.Suggestion)}", spacing: "None"));
        }

        if (findings.Count > max)
        {
            items.Add(Text($"\u2026and {findings.Count - max} more finding(s) not shown.", subtle: true));
        }

        return Container(items, separator: true);
    }

    private static JsonObject Sources(IReadOnlyList<CardCitation> citations)
    {
        var items = new List<JsonNode> { Heading("Sources") };
        foreach (var citation in citations.OrderBy(c => c.Number))
        {
            var title = MarkdownEscaper.Escape(citation.Title);
            var linked = MarkdownEscaper.SafeUrl(citation.Uri) is { } url ? $"[{title}]({url})" : title;
            items.Add(Text($"[{citation.Number}] {linked} \u00B7 {MarkdownEscaper.Escape(citation.Kind)}", spacing: "Small"));
            if (citation.SupportingSentence is { Length: > 0 } sentence)
            {
                // The sentence that backs the claim, beside the claim's number: what the approver checks it against.
                items.Add(Text($"\u201C{MarkdownEscaper.Escape(CitationEntities.Clip(sentence, 300))}\u201D", subtle: true, spacing: "None"));
            }
        }

        return Container(items, separator: true);
    }
}
