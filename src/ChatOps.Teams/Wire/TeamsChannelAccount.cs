using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOps.Teams.Wire;

/// <summary>A member of a Teams conversation as the Connector's member APIs describe them (<c>TeamsChannelAccount</c>).</summary>
public sealed record TeamsChannelAccount
{
    /// <summary>The per-bot user id (<c>29:…</c>): what a card's <c>refresh.userIds</c> and a 1:1 chat need.</summary>
    public string? Id { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>Entra object id.</summary>
    public string? AadObjectId { get; init; }

    public string? Email { get; init; }

    public string? UserPrincipalName { get; init; }

    public string? TenantId { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
