using System.Text.Json.Nodes;
using ChatOps.Core.Cards;

namespace ChatOps.Teams.Cards;

/// <summary>Small builders for the Adaptive Card 1.5 elements the renderer uses.</summary>
internal static class AdaptiveElements
{
    public static JsonObject Text(string text, string? size = null, string? weight = null, bool subtle = false,
        string? color = null, string? spacing = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        Set(block, "size", size);
        Set(block, "weight", weight);
        Set(block, "color", color);
        Set(block, "spacing", spacing);
        if (subtle)
        {
            block["isSubtle"] = true;
        }

        return block;
    }

    public static JsonObject Heading(string text) => Text(text, weight: "Bolder", spacing: "Medium");

    public static JsonObject Container(IEnumerable<JsonNode> items, string? style = null, bool separator = false)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray([.. items]) };
        Set(container, "style", style);
        if (separator)
        {
            container["separator"] = true;
        }

        return container;
    }

    public static JsonObject FactSet(IEnumerable<CardFact> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject
        {
            ["title"] = MarkdownEscaper.Escape(f.Label),
            ["value"] = MarkdownEscaper.Escape(f.Value),
        })]),
    };

    public static string? ToneStyle(CardTone tone) => tone switch
    {
        CardTone.Good => "good",
        CardTone.Warning => "warning",
        CardTone.Attention => "attention",
        _ => "emphasis",
    };

    public static string? ToneColor(CardTone tone) => tone switch
    {
        CardTone.Good => "Good",
        CardTone.Warning => "Warning",
        CardTone.Attention => "Attention",
        _ => null,
    };

    private static void Set(JsonObject node, string name, string? value)
    {
        if (value is not null)
        {
            node[name] = value;
        }
    }
}
