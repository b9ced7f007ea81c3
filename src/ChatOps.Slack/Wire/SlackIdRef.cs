using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOps.Slack.Wire;

/// <summary>A <c>user</c>, <c>team</c> or <c>channel</c> object in an interaction payload; only the ids are read.</summary>
public sealed record SlackIdRef
{
    public string? Id { get; init; }

    public string? TeamId { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
