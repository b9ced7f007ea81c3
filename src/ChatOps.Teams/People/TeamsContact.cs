namespace ChatOps.Teams.People;

/// <summary>How to reach a person on Teams: their per-bot user id (<c>29:…</c>), the serviceUrl and tenant they last wrote from.</summary>
internal sealed record TeamsContact(string AadObjectId, string ChannelUserId, string ServiceUrl, string TenantId)
{
    /// <summary>Their display name as Teams gave it, if it did.</summary>
    public string? Name { get; init; }
}
