namespace ChatOps.Teams.Inbound;

/// <summary>
/// The port through which the Teams adapter hands authenticated, parsed activities to the conversation core.
/// Messages and installs are acknowledged with 200 as soon as these return, so implementations enqueue the work
/// (durably) and return; actions need the answer for the clicking person's card now.
/// </summary>
public interface ITeamsInbox
{
    /// <summary>Queues a message for the core; return as soon as it is accepted.</summary>
    Task OnMessageAsync(InboundMessage message, CancellationToken cancellationToken = default);

    /// <summary>Queues a welcome for a conversation the bot was just added to.</summary>
    Task OnInstalledAsync(InboundInstall install, CancellationToken cancellationToken = default);

    /// <summary>Decides on a card action and answers with the card this person should now see, or a message.</summary>
    Task<TeamsInvokeResult> InvokeAsync(InboundAction action, CancellationToken cancellationToken = default);
}
