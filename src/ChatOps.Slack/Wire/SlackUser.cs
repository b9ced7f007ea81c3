using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOps.Slack.Wire;

/// <summary>A workspace member as <c>users.info</c> describes them.</summary>
public sealed record SlackUser
{
    public string? Id { get; init; }

    public string? TeamId { get; init; }

    public string? Name { get; init; }

    public string? RealName { get; init; }

    public string? Tz { get; init; }

    public bool IsBot { get; init; }

    public bool Deleted { get; init; }

    public SlackUserProfile? Profile { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
