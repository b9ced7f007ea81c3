namespace ChatOps.Slack.Api;

/// <summary>The answer to <c>chat.postEphemeral</c>.</summary>
public sealed record ChatPostEphemeralResponse : SlackApiResponse
{
    public string? MessageTs { get; init; }
}
