using ChatOps.Teams.Wire;

namespace ChatOps.Teams.Outbound;

/// <summary>The Bot Connector operations the bot needs: post, reply in a thread, update a card, open a 1:1 chat, read the members.</summary>
public interface ITeamsConnector
{
    /// <summary>Posts to the conversation (a channel's root or a chat); returns the new activity's id.</summary>
    Task<string> SendAsync(ConversationReference conversation, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Replies to <paramref name="replyToId"/>, in its thread; returns the new activity's id.</summary>
    Task<string> ReplyAsync(ConversationReference conversation, string replyToId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Replaces the whole activity <paramref name="activityId"/> (PUT), for example with the decided card.</summary>
    Task UpdateAsync(ConversationReference conversation, string activityId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Opens (or finds) the 1:1 chat with a user, to reach an approver proactively.</summary>
    Task<ConversationReference> CreatePersonalConversationAsync(
        string serviceUrl, string tenantId, string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the conversation's members (<c>GET v3/conversations/{id}/pagedmembers</c>), with their per-bot ids,
    /// Entra object ids and emails: how an approver who never wrote to the bot is found.
    /// </summary>
    Task<PagedMembersResult> GetPagedMembersAsync(
        string serviceUrl, string conversationId, string? continuationToken, CancellationToken cancellationToken = default);
}
