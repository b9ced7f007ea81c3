using System.Text.Json.Serialization;

namespace ChatOps.Slack.Wire;

/// <summary><c>state.values</c>: block id → action id → the input's value.</summary>
public sealed record SlackViewState
{
    [JsonPropertyName("values")]
    public Dictionary<string, Dictionary<string, SlackStateValue>>? Values { get; init; }
}
