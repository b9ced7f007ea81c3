namespace ChatOps.Core.Policy;

/// <summary>The whole policy file: workflows, people and roles; it maps channel identities to people and roles.</summary>
public sealed record ChatOpsPolicy(
    IReadOnlyDictionary<string, WorkflowPolicy> Workflows,
    IReadOnlyList<PersonEntry> People,
    IReadOnlyDictionary<string, RoleEntry> Roles)
{
    /// <summary>Who may pause and resume workflows, run retention and retry write-backs.</summary>
    public ControlRoles Controls { get; init; } = ControlRoles.None;

    /// <summary>How a person is shown on cards: the policy's display name, else the policy name, else the channel id.</summary>
    public string DisplayName(string personId) =>
        People.FirstOrDefault(p => string.Equals(p.Name, personId, StringComparison.Ordinal)) is { } entry ? entry.DisplayName ?? entry.Name : personId;

    /// <summary>A policy person's id on a channel, if the policy gives one.</summary>
    public string? ChannelIdOf(string personId, string channel) =>
        People.FirstOrDefault(p => string.Equals(p.Name, personId, StringComparison.Ordinal)) is { } entry && entry.ChannelIds.TryGetValue(channel, out var id) ? id : null;

    public WorkflowPolicy? FindWorkflow(string name) => Workflows.TryGetValue(name, out var workflow) ? workflow : null;

    /// <summary>
    /// The person behind a channel identity, with every role they hold by name or through one of
    /// <paramref name="groupIds"/> (group ids on the same channel, as the channel adapter reports them).
    /// </summary>
    public Person Resolve(ChannelIdentity identity, IReadOnlyCollection<string>? groupIds = null)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var entry = People.FirstOrDefault(p =>
            p.ChannelIds.TryGetValue(identity.Channel, out var id) && string.Equals(id, identity.UserId, StringComparison.Ordinal))
            ?? ByEmail(identity);
        var groups = (groupIds ?? []).Select(g => $"{identity.Channel}:{g}").ToHashSet(StringComparer.Ordinal);
        var roles = Roles.Values
            .Where(r => (entry is not null && r.People.Contains(entry.Name, StringComparer.Ordinal)) || r.Groups.Any(groups.Contains))
            .Select(r => r.Name)
            .Order(StringComparer.Ordinal)
            .ToArray();
        return new Person(entry?.Name ?? identity.ToString(), roles);
    }

    /// <summary>Whether someone in the policy is known on <paramref name="channel"/> by email only (no id there), so the channel must report emails.</summary>
    public bool HasEmailOnlyPeople(string channel) =>
        People.Any(p => p.Email is { Length: > 0 } && !p.ChannelIds.ContainsKey(channel));

    // An id the policy gives for the channel always wins; the email stands in only for people without one there.
    private PersonEntry? ByEmail(ChannelIdentity identity) =>
        identity.Email is { Length: > 0 } email
            ? People.FirstOrDefault(p => !p.ChannelIds.ContainsKey(identity.Channel) && string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase))
            : null;

    /// <summary>The people named (not via groups) in any of the roles.</summary>
    public IReadOnlyList<string> NamedMembers(IEnumerable<string> roleNames) =>
        roleNames.Where(Roles.ContainsKey).SelectMany(r => Roles[r].People).Distinct(StringComparer.Ordinal).ToArray();
}
