using System.Collections.Concurrent;
using System.Text.Json;
using ChatOps.Core.Conversations;
using ChatOps.Core.Policy;
using ChatOps.Teams.Inbound;

namespace ChatOps.Host.Channels.Teams;

/// <summary>
/// Remembers how to reach each person who has written to the bot: Teams gives out the per-bot user id and the
/// serviceUrl only in activities, and both are needed for a card's <c>refresh.userIds</c> and a proactive 1:1 chat.
/// Kept in the contact book (the ledger's database) so other instances and later runs know them too; this process
/// caches them and writes only what changed.
/// </summary>
internal sealed class TeamsPeopleDirectory(ChatOpsPolicy policy, IContactBook book, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<string, TeamsContact> known = new(StringComparer.OrdinalIgnoreCase);

    public async Task LearnAsync(InboundPerson who, InboundPlace where, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(where);
        var contact = new TeamsContact(who.AadObjectId, who.ChannelUserId, where.ServiceUrl, who.TenantId);
        if (known.TryGetValue(who.AadObjectId, out var cached) && cached == contact)
        {
            return;
        }

        await book.SaveContactAsync(new ChannelContact(ChannelIdentity.Teams, who.AadObjectId, JsonSerializer.Serialize(contact, Json), time.GetUtcNow()), cancellationToken);
        known[who.AadObjectId] = contact;
    }

    /// <summary>The contact of a policy person (by core person id), when the policy has their Teams id and they have written to the bot.</summary>
    public async Task<TeamsContact?> FindAsync(string personId, CancellationToken cancellationToken = default)
    {
        var entry = policy.People.FirstOrDefault(p => string.Equals(p.Name, personId, StringComparison.Ordinal));
        if (entry is null || !entry.ChannelIds.TryGetValue(ChannelIdentity.Teams, out var objectId))
        {
            return null;
        }

        if (known.TryGetValue(objectId, out var cached))
        {
            return cached;
        }

        if (await book.FindContactAsync(ChannelIdentity.Teams, objectId, cancellationToken) is not { } stored
            || JsonSerializer.Deserialize<TeamsContact>(stored.Address, Json) is not { } contact)
        {
            return null;
        }

        known[objectId] = contact;
        return contact;
    }
}
