using ChatOps.Core.Cards;
using ChatOps.Core.Channels;
using ChatOps.Core.Conversations;
using ChatOps.Core.Policy;
using ChatOps.Teams.Cards;
using ChatOps.Teams.Outbound;
using ChatOps.Teams.People;

namespace ChatOps.Teams.Inbound;

/// <summary>
/// Hands authenticated Teams activities to the conversation core. Messages and installs go on the durable inbox and
/// are answered by the worker; card actions are decided at once by the core's <see cref="CardClicks"/> (as Slack's
/// are), because the clicking person's card is the invoke's answer.
/// </summary>
internal sealed class TeamsInboxBridge(
    IConversationIntake inbox,
    CardClicks clicks,
    ChatOpsPolicy policy,
    TeamsPeopleDirectory directory,
    TeamsCardViews views,
    PeopleNames names) : ITeamsInbox
{
    public async Task<bool> OnMessageAsync(InboundMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await directory.LearnAsync(message.Who, message.Where, cancellationToken);
        var where = Thread(message.Where);
        var from = await IdentityAsync(message.Who, message.Where, cancellationToken);
        await names.LearnAsync(from, message.Who.Name, cancellationToken);
        var incoming = new IncomingMessage(from, where, message.Text) { DeliveryId = Delivery(message.ActivityId) };
        return await inbox.EnqueueAsync(new ConversationWork(incoming, null, Address(message.Where, message.ActivityId, message.Who)), cancellationToken);
    }

    public async Task<bool> OnInstalledAsync(InboundInstall install, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(install);
        var who = install.AddedBy ?? new InboundPerson(install.TenantId, "installer", "installer", null);
        if (install.AddedBy is { } person)
        {
            await directory.LearnAsync(person, install.Where, cancellationToken);
        }

        // The welcome is the core's help: what it can do, with examples.
        var welcome = new IncomingMessage(Identity(who), Thread(install.Where), "help") { DeliveryId = Delivery(install.ActivityId) };
        return await inbox.EnqueueAsync(new ConversationWork(welcome, null, Address(install.Where, null, who)), cancellationToken);
    }

    public Task<bool> ClaimAsync(string activityId, CancellationToken cancellationToken = default) => inbox.ClaimAsync(Delivery(activityId), cancellationToken);

    public Task ReleaseAsync(string activityId, CancellationToken cancellationToken = default) => inbox.ReleaseAsync(Delivery(activityId), cancellationToken);

    public async Task<TeamsInvokeResult> InvokeAsync(InboundAction action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        await directory.LearnAsync(action.Who, action.Where, cancellationToken);
        var identity = await IdentityAsync(action.Who, action.Where, cancellationToken);
        await names.LearnAsync(identity, action.Who.Name, cancellationToken);
        var verb = action.IsAutomaticRefresh ? CardVerbs.Refresh : action.Verb;
        var incoming = new IncomingAction(identity, Thread(action.Where), verb, action.Data)
        {
            Inputs = action.Inputs,
            DeliveryId = Delivery(action.ActivityId),
        };
        // The thread's note and the PUT of the decided card to every copy go through the job queue; the clicking person
        // has the outcome in the invoke's answer.
        var reply = await clicks.DecideAsync(incoming, Address(action.Where, action.Where.ReplyToId, action.Who), clickerAnsweredInResponse: true, cancellationToken);
        if (reply.Updates is [var update, ..])
        {
            var personId = policy.Resolve(identity).Id;
            return update.Card.ActionableBy.Contains(personId, StringComparer.Ordinal) && update.Card.Actions.Count > 0
                ? TeamsInvokeResult.ShowCard(update.Card, await views.ActionableAsync(update.Card, Conversation(action.Where, action.Who), cancellationToken))
                : TeamsInvokeResult.ShowCard(update.Card with { Actions = [] }, AdaptiveCardView.Everyone);
        }

        var answer = reply.ToActorOnly ?? (reply.ToThread.Count > 0 ? reply.ToThread[0] : null);
        return TeamsInvokeResult.ShowMessage(answer is null ? "Done." : Sentence(answer));
    }

    private static string Sentence(Card card) =>
        card.Paragraphs.Count > 0 ? $"{card.Title}: {string.Join(' ', card.Paragraphs)}" : card.Title;

    private static ChannelIdentity Identity(InboundPerson who) => new(ChannelIdentity.Teams, who.AadObjectId);

    // People the policy knows on Teams by email only are recognised by the email the conversation's members give.
    private async Task<ChannelIdentity> IdentityAsync(InboundPerson who, InboundPlace where, CancellationToken cancellationToken) =>
        Identity(who) with { Email = await directory.EmailOfAsync(who.AadObjectId, Conversation(where, who), cancellationToken) };

    private static ConversationReference Conversation(InboundPlace where, InboundPerson who) => new(where.ServiceUrl, where.ConversationId, who.TenantId);

    private static string Delivery(string activityId) => $"teams:{activityId}";

    // A chat has no threads: the whole chat is the thread.
    private static ConversationRef Thread(InboundPlace where) =>
        new(ChannelIdentity.Teams, where.RootConversationId, where.ThreadId ?? "");

    private static ReplyAddress Address(InboundPlace where, string? messageId, InboundPerson who) =>
        new(ChannelIdentity.Teams, where.ConversationId, where.ThreadId ?? "", messageId, who.ChannelUserId)
        {
            Endpoint = where.ServiceUrl,
            Tenant = who.TenantId,
        };

}
