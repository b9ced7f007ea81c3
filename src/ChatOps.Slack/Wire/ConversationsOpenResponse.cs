
namespace ChatOps.Slack.Wire;

/// <summary>The answer to <c>conversations.open</c>: the direct-message channel with the user.</summary>
public sealed record ConversationsOpenResponse : SlackApiResponse
{
    public SlackIdRef? Channel { get; init; }
}
