using System.Text;
using System.Text.Json.Nodes;

namespace ChatOps.Records.Jira;

/// <summary>Reads the plain text out of an Atlassian Document Format node: text runs, with paragraphs on their own lines.</summary>
internal static class AtlassianText
{
    public static string Of(JsonNode? node)
    {
        var text = new StringBuilder();
        Append(node, text);
        return text.ToString().Trim();
    }

    private static void Append(JsonNode? node, StringBuilder text)
    {
        if (node is not JsonObject item)
        {
            return;
        }

        if (item["text"]?.GetValue<string>() is { } run)
        {
            text.Append(run);
        }

        foreach (var child in item["content"]?.AsArray() ?? [])
        {
            Append(child, text);
        }

        if (item["type"]?.GetValue<string>() is "paragraph" or "heading" or "listItem" or "codeBlock")
        {
            text.Append('\n');
        }
    }
}
