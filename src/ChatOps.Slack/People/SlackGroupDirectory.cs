using System.Collections.Concurrent;
using ChatOps.Core.Conversations;
using ChatOps.Core.Policy;
using ChatOps.Slack.Outbound;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Slack.People;

/// <summary>
/// The Slack user groups the policy names (<c>slack:S…</c>), their members read with <c>usergroups.users.list</c> and
/// kept for <see cref="Refresh"/>, so a group member's click is granted the group's role. Other channels have no groups here.
/// </summary>
internal sealed partial class SlackGroupDirectory(ISlackWebApi slack, IOptionsMonitor<SlackOptions> options, ChatOpsPolicy policy, TimeProvider time, ILogger<SlackGroupDirectory> logger) : IGroupDirectory
{
    /// <summary>How long a group's member list is used before it is read again.</summary>
    public static readonly TimeSpan Refresh = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (DateTimeOffset At, HashSet<string> Members)> groups = new(StringComparer.Ordinal);

    public async Task<IReadOnlyCollection<string>> GroupsOfAsync(ChannelIdentity who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (who.Channel != ChannelIdentity.Slack || string.IsNullOrEmpty(options.CurrentValue.BotToken))
        {
            return [];
        }

        var named = policy.Roles.Values.SelectMany(r => r.Groups).Where(g => g.StartsWith("slack:", StringComparison.Ordinal)).Select(g => g[6..]).Distinct(StringComparer.Ordinal);
        var held = new List<string>();
        foreach (var group in named)
        {
            if ((await MembersAsync(group, cancellationToken)).Contains(who.UserId))
            {
                held.Add(group);
            }
        }

        return held;
    }

    private async Task<HashSet<string>> MembersAsync(string group, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (groups.TryGetValue(group, out var cached) && now - cached.At < Refresh)
        {
            return cached.Members;
        }

        try
        {
            var answer = await slack.ListUserGroupMembersAsync(group, cancellationToken);
            var members = (answer.Users ?? []).ToHashSet(StringComparer.Ordinal);
            groups[group] = (now, members);
            return members;
        }
        catch (SlackApiException ex)
        {
            // Keep the last known members (or none) until Slack answers again: a role is never granted on a guess.
            LogGroupFailed(logger, group, ex.ErrorCode);
            return cached.Members ?? [];
        }
    }

    [LoggerMessage(EventId = 61, Level = LogLevel.Warning, Message = "Reading the members of Slack user group {Group} failed ({Error}); its role is granted to the members last read.")]
    private static partial void LogGroupFailed(ILogger logger, string group, string error);
}
