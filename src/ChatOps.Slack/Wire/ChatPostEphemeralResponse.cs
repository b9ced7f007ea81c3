namespace ChatOps.Slack.Wire;

/// <summary>The answer to <c>chat.postEphemeral</c>.</summary>
public sealed record ChatPostEphemeralResponse : SlackApiResponse
{
    public string? MessageTs { get; init; }
}
