namespace ChatOps.Teams.Inbound;

/// <summary>
/// The port through which the Teams adapter hands authenticated, parsed activities to the conversation core.
/// Messages and installs are acknowledged with 200 as soon as these return, so implementations enqueue the work
/// (durably) and return; actions need the answer for the clicking person's card now. The durable inbox's unique key
/// per activity is the one de-duplication: a redelivered activity is answered as taken and runs nothing again.
/// </summary>
public interface ITeamsInbox
{
    /// <summary>Queues a message for the core; true once accepted, false when the same activity was already accepted (a redelivery).</summary>
    Task<bool> OnMessageAsync(InboundMessage message, CancellationToken cancellationToken = default);

    /// <summary>Queues a welcome for a conversation the bot was just added to; false for a redelivery.</summary>
    Task<bool> OnInstalledAsync(InboundInstall install, CancellationToken cancellationToken = default);

    /// <summary>
    /// Durably claims an activity the adapter answers at once (a card action), keyed by <paramref name="activityId"/>:
    /// false when it was already claimed (the same invoke delivered again).
    /// </summary>
    Task<bool> ClaimAsync(string activityId, CancellationToken cancellationToken = default);

    /// <summary>Releases the claim of an activity whose handling failed, so the channel's redelivery is taken.</summary>
    Task ReleaseAsync(string activityId, CancellationToken cancellationToken = default);

    /// <summary>Decides on a card action and answers with the card this person should now see, or a message.</summary>
    Task<TeamsInvokeResult> InvokeAsync(InboundAction action, CancellationToken cancellationToken = default);
}
