using ChatOps.Slack.Wire;

namespace ChatOps.Slack.Outbound;

/// <summary>The Slack Web API methods the bot uses; every failure is a <see cref="SlackApiException"/>.</summary>
public interface ISlackWebApi
{
    Task<ChatMessageResponse> PostMessageAsync(ChatPostMessageRequest request, CancellationToken cancellationToken = default);

    Task<ChatMessageResponse> UpdateMessageAsync(ChatUpdateRequest request, CancellationToken cancellationToken = default);

    Task<ChatPostEphemeralResponse> PostEphemeralAsync(ChatPostEphemeralRequest request, CancellationToken cancellationToken = default);

    Task<ViewsOpenResponse> OpenViewAsync(ViewsOpenRequest request, CancellationToken cancellationToken = default);

    Task<ConversationsRepliesResponse> GetRepliesAsync(string channel, string threadTs, string? cursor = null, int? limit = null, CancellationToken cancellationToken = default);

    Task<UsersInfoResponse> GetUserAsync(string userId, CancellationToken cancellationToken = default);

    Task<ChatGetPermalinkResponse> GetPermalinkAsync(string channel, string messageTs, CancellationToken cancellationToken = default);

    /// <summary><c>conversations.open</c>: the direct-message channel with <paramref name="userId"/>, opened if need be.</summary>
    Task<ConversationsOpenResponse> OpenDirectMessageAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary><c>usergroups.users.list</c>: the members of a user group.</summary>
    Task<UserGroupsUsersListResponse> ListUserGroupMembersAsync(string userGroupId, CancellationToken cancellationToken = default);

    /// <summary><c>auth.test</c>: the bot's own identity and the workspace's address.</summary>
    Task<AuthTestResponse> AuthTestAsync(CancellationToken cancellationToken = default);
}
