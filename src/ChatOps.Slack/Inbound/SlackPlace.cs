namespace ChatOps.Slack.Inbound;

/// <summary>Where: a channel, and the thread's root ts when the exchange is in (or should start) a thread.</summary>
public sealed record SlackPlace(string ChannelId, string? ThreadTs);
