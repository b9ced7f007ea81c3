using ChatOps.Core.Conversations.Replies;
using ChatOps.Core.Policy;
using ChatOps.Host.Jobs;
using ChatOps.Teams.Cards;
using ChatOps.Teams.Outbound;

namespace ChatOps.Host.Channels.Teams;

/// <summary>
/// Answers in the Teams conversation through the Bot Connector: cards in the thread, approval requests in each
/// approver's 1:1 chat, and the decided card over the clicked one (PUT), so every client shows the outcome.
/// </summary>
internal sealed partial class TeamsReplyChannel(
    ITeamsConnector connector, TeamsCardViews views, TeamsPeopleDirectory directory, ILogger<TeamsReplyChannel> logger) : IReplyChannel
{
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
            await PostAsync(conversation, address.MessageId, TeamsMessageFactory.Create(card, await views.SharedAsync(card, cancellationToken)), cancellationToken);
        }

        if (reply.ToActorOnly is { } refusal)
        {
            // Bots cannot post a message only one person sees; refusals of clicks go back in the invoke response instead.
            await PostAsync(conversation, address.MessageId, TeamsMessageFactory.Create(refusal, AdaptiveCardView.Everyone), cancellationToken);
        }

        foreach (var update in reply.Updates)
        {
            if (address.MessageId is { Length: > 0 } cardMessage)
            {
                await connector.UpdateAsync(conversation, cardMessage, TeamsMessageFactory.Create(update.Card, await views.SharedAsync(update.Card, cancellationToken)), cancellationToken);
            }
        }

        foreach (var personal in reply.ToPeople)
        {
            await SendPersonallyAsync(personal, address.Actor, cancellationToken);
        }
    }

    private Task<string> PostAsync(ConversationReference conversation, string? replyTo, ChatOps.Teams.Schema.Activity activity, CancellationToken cancellationToken) =>
        replyTo is { Length: > 0 }
            ? connector.ReplyAsync(conversation, replyTo, activity, cancellationToken)
            : connector.SendAsync(conversation, activity, cancellationToken);

    // The approval request also goes to each approver's 1:1 chat, with their buttons. A chat that cannot be opened
    // (the app is not installed for them) must not undo the answer in the thread, where the card already is.
    private async Task SendPersonallyAsync(PersonalCard personal, string actorChannelUserId, CancellationToken cancellationToken)
    {
        if (await directory.FindAsync(personal.PersonId, cancellationToken) is not { } contact)
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
            await connector.SendAsync(chat, TeamsMessageFactory.Create(personal.Card, await views.ActionableAsync(personal.Card, cancellationToken)), cancellationToken);
        }
        catch (ConnectorException ex)
        {
            LogPersonalFailed(logger, personal.PersonId, ex.StatusCode is { } status ? (int)status : 0, ex.ErrorCode);
        }
    }

    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "No Teams 1:1 chat for {Person}: they have not written to the bot yet; the card in the thread is theirs to use.")]
    private static partial void LogNoContact(ILogger logger, string person);

    [LoggerMessage(EventId = 41, Level = LogLevel.Warning, Message = "Opening a Teams 1:1 chat with {Person} failed ({Status} {Code}); the card in the thread is theirs to use.")]
    private static partial void LogPersonalFailed(ILogger logger, string person, int status, string? code);
}
