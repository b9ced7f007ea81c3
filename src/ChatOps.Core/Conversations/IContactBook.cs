namespace ChatOps.Core.Conversations;

/// <summary>
/// Where each person can be reached on a channel, kept beside the ledger so every instance, and every restart, can
/// reach an approver proactively. Channels such as Teams hand out these addresses only in the person's own messages.
/// </summary>
public interface IContactBook
{
    /// <summary>Adds or replaces the contact of (<see cref="ChannelContact.Channel"/>, <see cref="ChannelContact.UserId"/>).</summary>
    Task SaveContactAsync(ChannelContact contact, CancellationToken cancellationToken = default);

    /// <summary>The contact last saved for the person on the channel, or null.</summary>
    Task<ChannelContact?> FindContactAsync(string channel, string userId, CancellationToken cancellationToken = default);
}
