using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOps.Slack.Wire;

/// <summary>The JSON in an interactivity request's <c>payload</c> form field: <c>block_actions</c> or <c>view_submission</c>.</summary>
public sealed record SlackInteractionPayload
{
    public string? Type { get; init; }

    public SlackIdRef? User { get; init; }

    public SlackIdRef? Team { get; init; }

    public SlackIdRef? Channel { get; init; }

    public SlackContainer? Container { get; init; }

    public SlackMessageRef? Message { get; init; }

    public string? TriggerId { get; init; }

    public string? ResponseUrl { get; init; }

    public IReadOnlyList<SlackActionPayload>? Actions { get; init; }

    public SlackViewPayload? View { get; init; }

    public SlackViewState? State { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
