namespace ChatOps.Core.Conversations;

/// <summary>How to reach one person on one channel, as that channel last told us: the address is the channel adapter's own JSON.</summary>
public sealed record ChannelContact(string Channel, string UserId, string Address, DateTimeOffset SeenAt);
