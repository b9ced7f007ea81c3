namespace ChatOps.Slack.Inbound;

/// <summary>The immediate JSON answer to a slash command, shown only to the person who typed it.</summary>
public sealed record SlackCommandReply(string Text)
{
    public string ResponseType { get; init; } = "ephemeral";
}
