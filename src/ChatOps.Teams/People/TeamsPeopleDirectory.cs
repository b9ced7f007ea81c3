using System.Collections.Concurrent;
using System.Text.Json;
using ChatOps.Core.Conversations;
using ChatOps.Core.Policy;
using ChatOps.Teams.Inbound;
using ChatOps.Teams.Outbound;
using ChatOps.Teams.Wire;
using Microsoft.Extensions.Logging;

namespace ChatOps.Teams.People;

/// <summary>
/// Finds how to reach each policy person on Teams: the per-bot user id (<c>29:…</c>) and the serviceUrl, needed for a
/// card's <c>refresh.userIds</c> and a proactive 1:1 chat. Teams hands them out in the person's own activities, and in
/// the conversation's member list (<c>pagedmembers</c>), where policy people are matched by Entra object id or email:
/// so an approver who never wrote to the bot is found too. Kept in the contact book (the ledger's database) so other
/// instances and later runs know them; member lists are read at most once per <see cref="RosterRefresh"/> per conversation.
/// </summary>
internal sealed partial class TeamsPeopleDirectory(
    ChatOpsPolicy policy, IContactBook book, ITeamsConnector connector, TimeProvider time, ILogger<TeamsPeopleDirectory> logger)
{
    /// <summary>How long a conversation's member list is used before it is read again.</summary>
    public static readonly TimeSpan RosterRefresh = TimeSpan.FromMinutes(5);

    /// <summary>How long after a failed read a member list is asked for again: a Connector that refuses is not asked for every message.</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);

    // A bound on one read of a member list: 100 pages of 500 people, within ten seconds (a message waits for it).
    private const int MaxPages = 100;

    private static readonly TimeSpan MaxRead = TimeSpan.FromSeconds(10);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<string, TeamsContact> known = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, IReadOnlyList<TeamsChannelAccount> Members)> rosters = new(StringComparer.Ordinal);

    public async Task LearnAsync(InboundPerson who, InboundPlace where, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(where);
        await RememberAsync(who.AadObjectId, new TeamsContact(who.AadObjectId, who.ChannelUserId, where.ServiceUrl, who.TenantId) { Name = who.Name }, cancellationToken);
    }

    /// <summary>
    /// The contact of a policy person (by core person id): known from their own activities, or found among the members
    /// of <paramref name="conversation"/> by Entra object id or email. Null when they are in neither.
    /// </summary>
    public async Task<TeamsContact?> FindAsync(string personId, ConversationReference? conversation = null, CancellationToken cancellationToken = default)
    {
        var entry = policy.People.FirstOrDefault(p => string.Equals(p.Name, personId, StringComparison.Ordinal));
        if (entry is null || KeyOf(entry) is not { } key)
        {
            return null;
        }

        if (known.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (await book.FindContactAsync(ChannelIdentity.Teams, key, cancellationToken) is { } stored
            && JsonSerializer.Deserialize<TeamsContact>(stored.Address, Json) is { } contact)
        {
            known[key] = contact;
            return contact;
        }

        if (conversation is null || (await RosterAsync(conversation, cancellationToken)).FirstOrDefault(m => Matches(entry, m)) is not { Id: { Length: > 0 } userId } member)
        {
            return null;
        }

        var found = new TeamsContact(member.AadObjectId ?? key, userId, conversation.ServiceUrl, member.TenantId ?? conversation.TenantId ?? "") { Name = member.Name };
        await RememberAsync(key, found, cancellationToken);
        return found;
    }

    /// <summary>
    /// The email the conversation's member list gives for <paramref name="aadObjectId"/>, when the policy knows someone
    /// on Teams by email only (otherwise nothing is read): how such a person is recognised when they click.
    /// </summary>
    public async Task<string?> EmailOfAsync(string aadObjectId, ConversationReference conversation, CancellationToken cancellationToken = default)
    {
        if (!policy.HasEmailOnlyPeople(ChannelIdentity.Teams)
            || policy.People.Any(p => p.ChannelIds.TryGetValue(ChannelIdentity.Teams, out var id) && string.Equals(id, aadObjectId, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var member = (await RosterAsync(conversation, cancellationToken))
            .FirstOrDefault(m => string.Equals(m.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));
        return member?.Email is { Length: > 0 } email ? email : member?.UserPrincipalName;
    }

    // A person the policy gives a Teams id is keyed by it; one known by email only, by the email.
    private static string? KeyOf(PersonEntry entry) =>
        entry.ChannelIds.TryGetValue(ChannelIdentity.Teams, out var objectId) ? objectId
        : entry.Email is { Length: > 0 } email ? $"email:{email.ToLowerInvariant()}"
        : null;

    private static bool Matches(PersonEntry entry, TeamsChannelAccount member) =>
        entry.ChannelIds.TryGetValue(ChannelIdentity.Teams, out var objectId)
            ? string.Equals(member.AadObjectId, objectId, StringComparison.OrdinalIgnoreCase)
            : entry.Email is { Length: > 0 } email
              && (string.Equals(member.Email, email, StringComparison.OrdinalIgnoreCase) || string.Equals(member.UserPrincipalName, email, StringComparison.OrdinalIgnoreCase));

    private async Task RememberAsync(string key, TeamsContact contact, CancellationToken cancellationToken)
    {
        if (known.TryGetValue(key, out var cached) && cached == contact)
        {
            return;
        }

        await book.SaveContactAsync(new ChannelContact(ChannelIdentity.Teams, key, JsonSerializer.Serialize(contact, Json), time.GetUtcNow()), cancellationToken);
        known[key] = contact;
    }

    // The channel's members (a thread's conversation id is the channel's with ";messageid=…"), read page by page.
    private async Task<IReadOnlyList<TeamsChannelAccount>> RosterAsync(ConversationReference conversation, CancellationToken cancellationToken)
    {
        var root = conversation.ConversationId.Split(";messageid=", 2)[0];
        var key = $"{conversation.ServiceUrl}|{root}";
        var now = time.GetUtcNow();
        if (rosters.TryGetValue(key, out var cached) && now - cached.At < RosterRefresh)
        {
            return cached.Members;
        }

        var members = new List<TeamsChannelAccount>();
        string? next = null;
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(MaxRead);
        try
        {
            for (var page = 0; page < MaxPages; page++)
            {
                var result = await connector.GetPagedMembersAsync(conversation.ServiceUrl, root, next, bounded.Token);
                members.AddRange(result.Members ?? []);
                next = result.ContinuationToken;
                if (string.IsNullOrEmpty(next))
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or ArgumentException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The cards still go out; buttons then show to everyone and the ledger's rules refuse the wrong clicks.
            // (An unreachable or invalid serviceUrl, such as an Emulator's, is no member list either.)
            var status = ex is ConnectorException { StatusCode: { } code } ? (int)code : 0;
            var error = ex is ConnectorException connectorError ? connectorError.ErrorCode : ex.GetType().Name;
            LogRosterFailed(logger, root, status, error);
            var kept = cached.Members ?? [];
            rosters[key] = (now - RosterRefresh + RetryAfterFailure, kept);
            return kept;
        }

        rosters[key] = (now, members);
        return members;
    }

    [LoggerMessage(EventId = 42, Level = LogLevel.Warning, Message = "Reading the members of Teams conversation {Conversation} failed ({Status} {Code}); approvers who never wrote to the bot cannot be told apart until it answers (asked again in a minute).")]
    private static partial void LogRosterFailed(ILogger logger, string conversation, int status, string? code);
}
