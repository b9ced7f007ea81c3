namespace ChatOps.Slack.Wire;

/// <summary>The answer to <c>chat.postMessage</c> and <c>chat.update</c>: where the message is.</summary>
public sealed record ChatMessageResponse : SlackApiResponse
{
    public string? Channel { get; init; }

    public string? Ts { get; init; }
}
