namespace ChatOps.Core.Conversations;

/// <summary>Asks a channel for the display name of someone the policy does not list (Slack: <c>users.info</c>), so cards name them.</summary>
public interface IChannelNames
{
    /// <summary>The channel whose people this source names (<c>slack</c>).</summary>
    string Channel { get; }

    /// <summary>Their display name, or null when the channel does not give one (or cannot be asked now).</summary>
    Task<string?> NameOfAsync(string userId, CancellationToken cancellationToken = default);
}
