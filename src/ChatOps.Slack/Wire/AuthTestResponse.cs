namespace ChatOps.Slack.Wire;

/// <summary>The answer to <c>auth.test</c>: who the token is (the bot's user and bot ids) and the workspace's address.</summary>
public sealed record AuthTestResponse : SlackApiResponse
{
    /// <summary>The workspace's address, such as <c>https://acme.slack.com/</c>; message permalinks live under it.</summary>
    public Uri? Url { get; init; }

    public string? Team { get; init; }

    public string? TeamId { get; init; }

    public string? User { get; init; }

    /// <summary>The bot's own member id: messages from it are the bot's.</summary>
    public string? UserId { get; init; }

    /// <summary>The bot's bot id (<c>B…</c>), carried by every message the bot posts.</summary>
    public string? BotId { get; init; }
}
