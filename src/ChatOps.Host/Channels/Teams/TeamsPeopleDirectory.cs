using System.Collections.Concurrent;
using ChatOps.Core.Policy;
using ChatOps.Teams.Inbound;

namespace ChatOps.Host.Channels.Teams;

/// <summary>
/// Remembers how to reach each person who has written to the bot: Teams only gives out the per-bot user id and the
/// serviceUrl in activities, and both are needed for a card's <c>refresh.userIds</c> and for a proactive 1:1 chat.
/// </summary>
internal sealed class TeamsPeopleDirectory(ChatOpsPolicy policy)
{
    private readonly ConcurrentDictionary<string, TeamsContact> byObjectId = new(StringComparer.OrdinalIgnoreCase);

    public void Learn(InboundPerson who, InboundPlace where)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(where);
        byObjectId[who.AadObjectId] = new TeamsContact(who.AadObjectId, who.ChannelUserId, where.ServiceUrl, who.TenantId);
    }

    /// <summary>The contact of a policy person (by core person id), when they have their Teams id in the policy and have written to the bot.</summary>
    public TeamsContact? Find(string personId)
    {
        var entry = policy.People.FirstOrDefault(p => string.Equals(p.Name, personId, StringComparison.Ordinal));
        return entry is not null && entry.ChannelIds.TryGetValue(ChannelIdentity.Teams, out var objectId)
            && byObjectId.TryGetValue(objectId, out var contact)
            ? contact
            : null;
    }
}
