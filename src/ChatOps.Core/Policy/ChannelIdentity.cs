namespace ChatOps.Core.Policy;

/// <summary>Who someone is on one channel: a Slack user id, a Teams AAD object id or a console name.</summary>
public sealed record ChannelIdentity(string Channel, string UserId)
{
    public const string Slack = "slack";
    public const string Teams = "teams";
    public const string Console = "console";

    /// <summary>The channels a policy may map people on.</summary>
    public static IReadOnlyList<string> Channels { get; } = [Slack, Teams, Console];

    /// <summary>
    /// The person's work email as the channel itself reported it (Teams: the conversation's member list), or null.
    /// A policy person with no id on this channel is matched by it.
    /// </summary>
    public string? Email { get; init; }

    public override string ToString() => $"{Channel}:{UserId}";
}
