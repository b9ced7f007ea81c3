namespace ChatOps.Slack.Wire;

/// <summary>The answer to <c>users.info</c>.</summary>
public sealed record UsersInfoResponse : SlackApiResponse
{
    public SlackUser? User { get; init; }
}
