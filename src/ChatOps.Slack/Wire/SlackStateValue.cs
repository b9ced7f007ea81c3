using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOps.Slack.Wire;

/// <summary>One input's state; <c>plain_text_input</c> gives <c>value</c>.</summary>
public sealed record SlackStateValue
{
    public string? Type { get; init; }

    public string? Value { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
