using System.Text.Json;

namespace ChatOps.Slack.Wire;

/// <summary>The answer to <c>views.open</c>: the opened view as Slack stored it.</summary>
public sealed record ViewsOpenResponse : SlackApiResponse
{
    public JsonElement? View { get; init; }
}
