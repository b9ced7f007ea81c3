using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOps.Teams.Wire;

/// <summary>A user or bot in an activity (<c>from</c>, <c>recipient</c>, <c>membersAdded</c>).</summary>
public sealed record ChannelAccount
{
    /// <summary>Channel id: <c>29:…</c> for a Teams user (per bot), <c>28:&lt;appId&gt;</c> for a bot.</summary>
    public string? Id { get; init; }

    /// <summary>Display name; never use it to decide anything.</summary>
    public string? Name { get; init; }

    /// <summary>Entra object id of a Teams user: the identity to authorize on, with the tenant.</summary>
    public string? AadObjectId { get; init; }

    public string? Role { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
