using System.Text.Json;
using ChatOps.Core.Cards;
using ChatOps.Core.Channels;
using ChatOps.Core.Conversations.Replies;
using ChatOps.Core.Policy;
using ChatOps.Teams.Cards;
using ChatOps.Teams.People;
using Microsoft.Extensions.Logging;

namespace ChatOps.Teams.Outbound;

/// <summary>
/// Answers in the Teams conversation through the Bot Connector: cards in the thread, approval requests in each
/// approver's 1:1 chat, and the decided card over every copy of the approval card (PUT): the thread's, each
/// approver's 1:1 copy and the one clicked, so every client shows the outcome.
/// </summary>
internal sealed partial class TeamsReplyChannel(
    ITeamsConnector connector, TeamsCardViews views, TeamsPeopleDirectory directory, CardCopies copies, ILogger<TeamsReplyChannel> logger) : IReplyChannel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Channel => ChannelIdentity.Teams;

    public async Task DeliverAsync(ReplyAddress address, ConversationReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(reply);
        if (string.IsNullOrEmpty(address.Endpoint))
        {
            throw new InvalidOperationException("A Teams answer needs the conversation's serviceUrl; the request did not carry one.");
        }

        var conversation = new ConversationReference(address.Endpoint, address.ConversationId, address.Tenant);
        foreach (var card in reply.ToThread)
        {
            var posted = await PostAsync(conversation, address.MessageId, TeamsMessageFactory.Create(card, await views.SharedAsync(card, conversation, cancellationToken)), cancellationToken);
            await RememberAsync(card, conversation, posted, personal: false, cancellationToken);
        }

        if (reply.ToActorOnly is { } refusal)
        {
            // Bots cannot post a message only one person sees; refusals of clicks go back in the invoke response instead.
            await PostAsync(conversation, address.MessageId, TeamsMessageFactory.Create(refusal, AdaptiveCardView.Everyone), cancellationToken);
        }

        foreach (var update in reply.Updates)
        {
            var targets = (await copies.FindAsync(update.DraftId, Channel, cancellationToken))
                .Select(c => JsonSerializer.Deserialize<TeamsCardCopy>(c, Json)).OfType<TeamsCardCopy>().ToList();
            if (address.MessageId is { Length: > 0 } clicked && !targets.Any(t => t.ActivityId == clicked && t.ConversationId == conversation.ConversationId))
            {
                targets.Add(new TeamsCardCopy(conversation.ServiceUrl, conversation.ConversationId, clicked, conversation.TenantId, Personal: false));
            }

            foreach (var copy in targets)
            {
                var where = new ConversationReference(copy.ServiceUrl, copy.ConversationId, copy.TenantId);
                var view = copy.Personal ? await views.ActionableAsync(update.Card, where, cancellationToken) : await views.SharedAsync(update.Card, where, cancellationToken);
                await connector.UpdateAsync(where, copy.ActivityId, TeamsMessageFactory.Create(update.Card, view), cancellationToken);
            }
        }

        foreach (var personal in reply.ToPeople)
        {
            await SendPersonallyAsync(personal, address.Actor, conversation, cancellationToken);
        }
    }

    // Where each approval card was posted, so a decision (or a pause, or the write-back's outcome) replaces them all.
    private async Task RememberAsync(Card card, ConversationReference conversation, string activityId, bool personal, CancellationToken cancellationToken)
    {
        if (card.Kind is CardKind.ApprovalRequest or CardKind.Decided && card.DraftId is { } draft && activityId.Length > 0)
        {
            var copy = new TeamsCardCopy(conversation.ServiceUrl, conversation.ConversationId, activityId, conversation.TenantId, personal);
            await copies.SaveAsync(draft, Channel, JsonSerializer.Serialize(copy, Json), cancellationToken);
        }
    }

    private Task<string> PostAsync(ConversationReference conversation, string? replyTo, ChatOps.Teams.Wire.Activity activity, CancellationToken cancellationToken) =>
        replyTo is { Length: > 0 }
            ? connector.ReplyAsync(conversation, replyTo, activity, cancellationToken)
            : connector.SendAsync(conversation, activity, cancellationToken);

    // The approval request also goes to each approver's 1:1 chat, with their buttons. A chat that cannot be opened
    // (the app is not installed for them) must not undo the answer in the thread, where the card already is.
    private async Task SendPersonallyAsync(PersonalCard personal, string actorChannelUserId, ConversationReference conversation, CancellationToken cancellationToken)
    {
        if (await directory.FindAsync(personal.PersonId, conversation, cancellationToken) is not { } contact)
        {
            LogNoContact(logger, personal.PersonId);
            return;
        }

        if (string.Equals(contact.ChannelUserId, actorChannelUserId, StringComparison.Ordinal))
        {
            return;
        }

        try
        {
            var chat = await connector.CreatePersonalConversationAsync(contact.ServiceUrl, contact.TenantId, contact.ChannelUserId, cancellationToken);
            var posted = await connector.SendAsync(chat, TeamsMessageFactory.Create(personal.Card, await views.ActionableAsync(personal.Card, conversation, cancellationToken)), cancellationToken);
            await RememberAsync(personal.Card, chat, posted, personal: true, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            LogPersonalFailed(logger, personal.PersonId, ex.StatusCode is { } status ? (int)status : 0, ex.ErrorCode);
        }
    }

    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "No Teams 1:1 chat for {Person}: they have not written to the bot and the conversation's members do not include them (by Entra object id or email); the card in the thread is theirs to use.")]
    private static partial void LogNoContact(ILogger logger, string person);

    [LoggerMessage(EventId = 41, Level = LogLevel.Warning, Message = "Opening a Teams 1:1 chat with {Person} failed ({Status} {Code}); the card in the thread is theirs to use.")]
    private static partial void LogPersonalFailed(ILogger logger, string person, int status, string? code);
}
