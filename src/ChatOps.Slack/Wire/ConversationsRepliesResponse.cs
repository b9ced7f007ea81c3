namespace ChatOps.Slack.Wire;

/// <summary>The answer to <c>conversations.replies</c>: one page of a thread, root first.</summary>
public sealed record ConversationsRepliesResponse : SlackApiResponse
{
    public IReadOnlyList<SlackThreadMessage> Messages { get; init; } = [];

    public bool HasMore { get; init; }
}
