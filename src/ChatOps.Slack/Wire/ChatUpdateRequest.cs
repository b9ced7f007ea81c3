using ChatOps.Slack.Cards;

namespace ChatOps.Slack.Wire;

/// <summary><c>chat.update</c> arguments: the whole new content of message <see cref="Ts"/>.</summary>
public sealed record ChatUpdateRequest(string Channel, string Ts, string Text)
{
    public IReadOnlyList<SlackBlock>? Blocks { get; init; }

    public static ChatUpdateRequest From(string channel, string ts, SlackMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(channel, ts, message.Text) { Blocks = message.Blocks };
    }
}
