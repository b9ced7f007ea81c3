using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOps.Teams.Wire;

/// <summary>The Connector's answer to creating a conversation.</summary>
public sealed record ConversationResourceResponse
{
    public string? Id { get; init; }

    public string? ActivityId { get; init; }

    public string? ServiceUrl { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
