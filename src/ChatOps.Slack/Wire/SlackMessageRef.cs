using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOps.Slack.Wire;

/// <summary>The message that holds a clicked button: its ts and, when in a thread, the thread's root ts.</summary>
public sealed record SlackMessageRef
{
    public string? Ts { get; init; }

    public string? ThreadTs { get; init; }

    public string? Text { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
