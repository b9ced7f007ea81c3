namespace ChatOps.Slack.Wire;

/// <summary>The answer to <c>usergroups.users.list</c>: the user ids in the group.</summary>
public sealed record UserGroupsUsersListResponse : SlackApiResponse
{
    public IReadOnlyList<string>? Users { get; init; }
}
