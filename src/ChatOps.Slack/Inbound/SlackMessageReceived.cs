namespace ChatOps.Slack.Inbound;

/// <summary>A person's message to the bot: an @-mention, a reply in a thread, or a direct message.</summary>
/// <param name="Who">The person.</param>
/// <param name="Where">The channel and thread.</param>
/// <param name="DeliveryKey">Stable across Slack's retries of this delivery.</param>
/// <param name="Text">The text with the leading mention of the bot removed.</param>
/// <param name="MessageTs">The message's own ts.</param>
/// <param name="MentionsBot">True for an <c>app_mention</c>.</param>
public sealed record SlackMessageReceived(SlackActor Who, SlackPlace Where, string DeliveryKey, string Text, string MessageTs, bool MentionsBot)
    : SlackInbound(Who, Where, DeliveryKey);
