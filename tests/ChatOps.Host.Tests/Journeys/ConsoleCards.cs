using System.Text.Json.Nodes;

namespace ChatOps.Host.Tests.Journeys;

/// <summary>Reads the console API's thread entries: cards, their actions and facts.</summary>
internal static class ConsoleCards
{
    public static JsonNode Card(JsonArray entries, int index) => entries[index]!["card"]!;

    public static JsonNode Action(JsonNode card, string verb) =>
        card["actions"]!.AsArray().SingleOrDefault(a => a!["verb"]!.GetValue<string>() == verb)
        ?? throw new InvalidOperationException($"The card has no \"{verb}\" action: {card.ToJsonString()}");

    public static bool HasAction(JsonNode card, string verb) =>
        card["actions"]!.AsArray().Any(a => a!["verb"]!.GetValue<string>() == verb);

    public static string? Fact(JsonNode card, string label) =>
        card["facts"]!.AsArray().FirstOrDefault(f => f!["label"]!.GetValue<string>() == label)?["value"]?.GetValue<string>();

    public static string Text(JsonNode card) =>
        string.Join("\n", new[] { card["title"]?.GetValue<string>(), card["subtitle"]?.GetValue<string>() }
            .Concat(card["paragraphs"]!.AsArray().Select(p => p!.GetValue<string>()))
            .Concat(card["facts"]!.AsArray().Select(f => $"{f!["label"]}: {f["value"]}")));

    /// <summary>The last card in the thread whose text contains <paramref name="words"/>, waiting (bounded) for it.</summary>
    public static async Task<JsonNode> WaitForCardAsync(RunningHost host, string thread, string person, string words, int timeoutSeconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var entries = await host.EntriesAsync(thread, person, 0);
            var found = entries.Select(e => e?["card"]).LastOrDefault(c => c is not null && Text(c).Contains(words, StringComparison.Ordinal));
            if (found is not null)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No card saying \"{words}\" in {thread}; the thread has: {string.Join(" | ", entries.Select(e => e?["card"]?["title"]?.GetValue<string>() ?? e?["text"]?.GetValue<string>()))}");
            }

            await Task.Delay(50);
        }
    }
}
