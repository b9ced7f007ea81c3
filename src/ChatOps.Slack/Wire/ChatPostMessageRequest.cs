using ChatOps.Slack.Cards;

namespace ChatOps.Slack.Wire;

/// <summary><c>chat.postMessage</c> arguments; <see cref="Text"/> is the notification and fallback for the blocks.</summary>
public sealed record ChatPostMessageRequest(string Channel, string Text)
{
    public IReadOnlyList<SlackBlock>? Blocks { get; init; }

    public string? ThreadTs { get; init; }

    public bool? UnfurlLinks { get; init; }

    public bool? UnfurlMedia { get; init; }

    public static ChatPostMessageRequest From(string channel, SlackMessage message, string? threadTs = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(channel, message.Text) { Blocks = message.Blocks, ThreadTs = threadTs, UnfurlLinks = false, UnfurlMedia = false };
    }
}
