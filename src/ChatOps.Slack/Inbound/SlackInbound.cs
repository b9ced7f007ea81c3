namespace ChatOps.Slack.Inbound;

/// <summary>One verified, de-duplicated thing a person did in Slack, ready for the conversation core.</summary>
/// <param name="Who">The person.</param>
/// <param name="Where">The channel and thread.</param>
/// <param name="DeliveryKey">Stable across Slack's retries of the same delivery (event id, or action ts + user + action).</param>
public abstract record SlackInbound(SlackActor Who, SlackPlace Where, string DeliveryKey);
