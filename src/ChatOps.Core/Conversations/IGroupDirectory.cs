using ChatOps.Core.Policy;

namespace ChatOps.Core.Conversations;

/// <summary>Which of the policy's channel groups a person is in (Slack user groups), so roles given to groups are granted.</summary>
public interface IGroupDirectory
{
    /// <summary>The group ids (without the channel prefix) of <paramref name="who"/>'s channel that hold them.</summary>
    Task<IReadOnlyCollection<string>> GroupsOfAsync(ChannelIdentity who, CancellationToken cancellationToken = default);
}
