using ChatOps.Core.Jobs;

namespace ChatOps.Core.Channels;

/// <summary>
/// Where a channel adapter hands a verified request: kept durably (one request per delivery) before the channel is
/// answered, then run by a worker that delivers the core's answer through the channel's <see cref="IReplyChannel"/>.
/// </summary>
public interface IConversationIntake
{
    /// <summary>Keeps the request; false when the same delivery was already accepted (a retry), so it runs once.</summary>
    Task<bool> EnqueueAsync(ConversationWork work, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps the request without saying whether it repeats one already accepted: a repeat is dropped before it runs,
    /// here or on another instance, before or after a restart. Cheaper where the store leaves the check to its worker.
    /// </summary>
    Task AcceptAsync(ConversationWork work, CancellationToken cancellationToken = default);

    /// <summary>
    /// Durably claims a delivery the channel adapter handles itself (opening a modal, deciding a card action at once),
    /// once per <paramref name="key"/>: false for a repeat of one already claimed, on this instance or another, before or after a restart.
    /// </summary>
    Task<bool> ClaimAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Releases a claim whose handling failed, so the channel's redelivery is taken.</summary>
    Task ReleaseAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Keeps a finished answer only to deliver (a click already decided, a notice), once per <paramref name="key"/>.</summary>
    Task<bool> EnqueueReplyAsync(string key, DeliverReplyJob reply, CancellationToken cancellationToken = default);
}
