using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOps.Slack.Wire;

/// <summary>The Events API body: <c>url_verification</c> or an <c>event_callback</c> around one event.</summary>
public sealed record SlackEventEnvelope
{
    public string? Type { get; init; }

    public string? Challenge { get; init; }

    public string? TeamId { get; init; }

    public string? ApiAppId { get; init; }

    public string? EventId { get; init; }

    public SlackEventPayload? Event { get; init; }

    public IReadOnlyList<SlackAuthorization>? Authorizations { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
