using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Core.Cards;
using ChatOps.Slack.Cards;
using ChatOps.Slack.Wire;

namespace ChatOps.Slack.Tests.Rendering;

/// <summary>Every payload the product sends to Slack, as the Web API client would serialize it, by file name.</summary>
public static class RenderedPayloads
{
    private static readonly Lazy<List<(string FileName, JsonNode Payload)>> Rendered = new(() => [.. Render()]);

    /// <summary>Rendered once per test run; tests read, never change, the nodes.</summary>
    public static IReadOnlyList<(string FileName, JsonNode Payload)> All() => Rendered.Value;

    private static IEnumerable<(string FileName, JsonNode Payload)> Render()
    {
        var renderer = new BlockKitRenderer();
        foreach (var (name, card) in CardSamples.All())
        {
            var message = renderer.Render(card, CardSamples.FullText);
            yield return card.Kind == CardKind.Decided
                ? ($"{name}.update.json", Node(ChatUpdateRequest.From("C0123456789", "1790000010.000100", message), SlackJsonContext.Default.ChatUpdateRequest))
                : ($"{name}.message.json", Node(ChatPostMessageRequest.From("C0123456789", message, "1790000000.000100"), SlackJsonContext.Default.ChatPostMessageRequest));
        }

        var i = 0;
        foreach (var action in CardSamples.ActionsWithInput())
        {
            var state = new SlackModalState(action.Verb, action.Data, "C0123456789", "1790000000.000100", "1790000010.000100", action.Input!.Id);
            var view = SlackModals.ForInput(action.Verb, action.Input, state, initialValue: i % 2 == 0 ? "Checkout errors rose to 12% [1]." : null);
            yield return ($"modal-{action.Verb}-{i++}.modal.json", Node(new ViewsOpenRequest("1790000006.9.trigger", view), SlackJsonContext.Default.ViewsOpenRequest));
        }
    }

    private static JsonNode Node<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonNode.Parse(JsonSerializer.Serialize(value, type))!;
}
