namespace ChatOps.Slack.Wire;

/// <summary>The answer to <c>chat.getPermalink</c>.</summary>
public sealed record ChatGetPermalinkResponse : SlackApiResponse
{
    public string? Channel { get; init; }

    public Uri? Permalink { get; init; }
}
