namespace ChatOps.Teams.Inbound;

/// <summary>Who acted: authorize on (<see cref="TenantId"/>, <see cref="AadObjectId"/>), never on the display name.</summary>
/// <param name="TenantId">Entra tenant of the person.</param>
/// <param name="AadObjectId">Entra object id of the person.</param>
/// <param name="ChannelUserId">The per-bot Teams id (<c>29:…</c>), needed for <c>refresh.userIds</c> and 1:1 chats.</param>
/// <param name="Name">Display name, for showing only.</param>
public sealed record InboundPerson(string TenantId, string AadObjectId, string ChannelUserId, string? Name);
