using ChatOps.Slack.Cards;

namespace ChatOps.Slack.Wire;

/// <summary><c>chat.postEphemeral</c> arguments: a message only <see cref="User"/> sees (for example a refused click).</summary>
public sealed record ChatPostEphemeralRequest(string Channel, string User, string Text)
{
    public IReadOnlyList<SlackBlock>? Blocks { get; init; }

    public string? ThreadTs { get; init; }
}
