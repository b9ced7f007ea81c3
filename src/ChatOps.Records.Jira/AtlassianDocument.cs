using System.Text.Json.Nodes;
using ChatOps.Core.Records;

namespace ChatOps.Records.Jira;

/// <summary>Builds the comment body in Atlassian Document Format: the text, the approval trail, the sources and the marker.</summary>
internal static class AtlassianDocument
{
    public static JsonObject Comment(WriteBackRequest request)
    {
        var content = new JsonArray();
        foreach (var paragraph in request.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            content.Add(Paragraph(Text(paragraph.Trim())));
        }

        content.Add(new JsonObject { ["type"] = "rule" });
        content.Add(Paragraph(Text($"Approved (ChatOps, version {request.Version[..Math.Min(12, request.Version.Length)]})", strong: true)));
        content.Add(List(request.Trail.Select(t => Text($"{t.Approver} at {t.At}"))));
        if (request.Sources.Count > 0)
        {
            content.Add(Paragraph(Text("Sources", strong: true)));
            content.Add(List(request.Sources.Select(s => s.Uri is null ? Text($"[{s.Id}] {s.Kind}") : Link($"[{s.Id}] {s.Kind}", s.Uri))));
        }

        content.Add(Paragraph(Text(request.Marker)));
        return new JsonObject { ["type"] = "doc", ["version"] = 1, ["content"] = content };
    }

    private static JsonObject Paragraph(JsonObject text) => new() { ["type"] = "paragraph", ["content"] = new JsonArray(text) };

    private static JsonObject List(IEnumerable<JsonObject> items) => new()
    {
        ["type"] = "bulletList",
        ["content"] = new JsonArray(items.Select(i => (JsonNode)new JsonObject { ["type"] = "listItem", ["content"] = new JsonArray(Paragraph(i)) }).ToArray()),
    };

    private static JsonObject Text(string text, bool strong = false)
    {
        var node = new JsonObject { ["type"] = "text", ["text"] = text };
        if (strong)
        {
            node["marks"] = new JsonArray(new JsonObject { ["type"] = "strong" });
        }

        return node;
    }

    private static JsonObject Link(string text, string href) => new()
    {
        ["type"] = "text",
        ["text"] = text,
        ["marks"] = new JsonArray(new JsonObject { ["type"] = "link", ["attrs"] = new JsonObject { ["href"] = href } }),
    };
}
