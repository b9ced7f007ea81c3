using System.Text.Json.Nodes;
using ChatOps.Slack.Cards;

namespace ChatOps.Slack.Tests.Rendering;

/// <summary>Walks a serialized message or modal and lists every Block Kit limit it breaks (protocols E7), written out independently of the renderer.</summary>
public static class BlockKitLimitCheck
{
    public static List<string> Message(JsonNode payload)
    {
        var errors = new List<string>();
        var blocks = payload["blocks"]!.AsArray();
        Max(errors, "blocks", blocks.Count, 50);
        Blocks(errors, blocks);
        Max(errors, "text", payload["text"]!.GetValue<string>().Length, 3000);
        return errors;
    }

    public static List<string> Modal(JsonNode view)
    {
        var errors = new List<string>();
        Max(errors, "modal blocks", view["blocks"]!.AsArray().Count, 100);
        Max(errors, "modal title", Text(view["title"]).Length, 24);
        Max(errors, "modal submit", Text(view["submit"]).Length, 24);
        Max(errors, "modal close", Text(view["close"]).Length, 24);
        Max(errors, "private_metadata", view["private_metadata"]?.GetValue<string>().Length ?? 0, 3000);
        Max(errors, "callback_id", view["callback_id"]?.GetValue<string>().Length ?? 0, 255);
        Blocks(errors, view["blocks"]!.AsArray());
        return errors;
    }

    private static void Blocks(List<string> errors, JsonArray blocks)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            var type = block!["type"]!.GetValue<string>();
            if (block["block_id"]?.GetValue<string>() is { } id)
            {
                Max(errors, "block_id", id.Length, 255);
                if (!ids.Add(id))
                {
                    errors.Add($"duplicate block_id {id}");
                }
            }

            switch (type)
            {
                case "header":
                    Max(errors, "header", Text(block["text"]).Length, 150);
                    break;
                case "section":
                    Max(errors, "section text", Text(block["text"]).Length, 3000);
                    var fields = block["fields"]?.AsArray() ?? [];
                    Max(errors, "section fields", fields.Count, 10);
                    foreach (var field in fields)
                    {
                        Max(errors, "field", Text(field).Length, 2000);
                    }

                    break;
                case "context":
                    var elements = block["elements"]!.AsArray();
                    Max(errors, "context elements", elements.Count, 10);
                    foreach (var element in elements)
                    {
                        Max(errors, "context element", Text(element).Length, 2000);
                    }

                    break;
                case "actions":
                    var buttons = block["elements"]!.AsArray();
                    Max(errors, "actions elements", buttons.Count, 25);
                    foreach (var button in buttons)
                    {
                        Max(errors, "button text", Text(button!["text"]).Length, 75);
                        Max(errors, "action_id", button["action_id"]!.GetValue<string>().Length, 255);
                        Max(errors, "button value", button["value"]?.GetValue<string>().Length ?? 0, 2000);
                    }

                    break;
                case "input":
                    Max(errors, "input label", Text(block["label"]).Length, 2000);
                    Max(errors, "input max_length", block["element"]!["max_length"]?.GetValue<int>() ?? 0, 3000);
                    Max(errors, "placeholder", Text(block["element"]!["placeholder"]).Length, 150);
                    break;
                case "divider":
                    break;
                default:
                    errors.Add($"unexpected block type {type}");
                    break;
            }
        }

        foreach (var text in Strings(blocks))
        {
            if (HasLoneSurrogate(text))
            {
                errors.Add($"broken UTF-16 in '{SlackText.Truncate(text, 40)}'");
            }
        }
    }

    private static string Text(JsonNode? textObject) => textObject?["text"]?.GetValue<string>() ?? string.Empty;

    private static void Max(List<string> errors, string what, int actual, int limit)
    {
        if (actual > limit)
        {
            errors.Add($"{what}: {actual} > {limit}");
        }
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && (i + 1 >= s.Length || !char.IsLowSurrogate(s[++i])))
            {
                return true;
            }

            if (char.IsLowSurrogate(s[i]) && (i == 0 || !char.IsHighSurrogate(s[i - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
