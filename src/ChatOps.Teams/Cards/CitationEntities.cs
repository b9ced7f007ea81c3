using System.Text.Json.Nodes;
using ChatOps.Core.Cards;

namespace ChatOps.Teams.Cards;

/// <summary>
/// The one root <c>https://schema.org/Message</c> entity that carries both the AI-generated label and the citations
/// (two root Message entities make Teams answer 400), within Teams' limits.
/// </summary>
internal static class CitationEntities
{
    public const int MaxCitations = 20;
    public const int MaxNameLength = 80;
    public const int MaxAbstractLength = 160;
    public const int MaxKeywordLength = 28;

    /// <summary>Null when there is nothing to say: not AI-generated and no citation marker left in the text.</summary>
    public static JsonObject? Create(bool aiGenerated, string? text, IReadOnlyList<CardCitation> citations)
    {
        var cited = citations
            .Where(c => text is not null && text.Contains($"[{c.Number}]", StringComparison.Ordinal))
            .OrderBy(c => c.Number)
            .Take(MaxCitations)
            .ToList();
        if (!aiGenerated && cited.Count == 0)
        {
            return null;
        }

        var entity = new JsonObject
        {
            ["type"] = "https://schema.org/Message",
            ["@type"] = "Message",
            ["@context"] = "https://schema.org",
            ["@id"] = "",
        };
        if (aiGenerated)
        {
            entity["additionalType"] = new JsonArray("AIGeneratedContent");
        }

        if (cited.Count > 0)
        {
            entity["citation"] = new JsonArray([.. cited.Select(Claim)]);
        }

        return entity;
    }

    private static JsonNode Claim(CardCitation citation)
    {
        var appearance = new JsonObject
        {
            ["@type"] = "DigitalDocument",
            ["name"] = Clip(citation.Title, MaxNameLength),
            ["abstract"] = Clip(citation.Abstract, MaxAbstractLength),
            ["keywords"] = new JsonArray(Clip(citation.Kind, MaxKeywordLength)),
        };
        if (MarkdownEscaper.SafeUrl(citation.Uri) is { } url)
        {
            appearance["url"] = url;
        }

        return new JsonObject
        {
            ["@type"] = "Claim",
            ["position"] = citation.Number,
            ["appearance"] = appearance,
        };
    }

    internal static string Clip(string text, int max)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= max ? trimmed : string.Concat(trimmed.AsSpan(0, max - 1).TrimEnd(), "\u2026");
    }
}
