namespace ChatOps.Core.Policy;

/// <summary>A person named in the policy, with their id on each channel.</summary>
public sealed record PersonEntry(string Name, IReadOnlyDictionary<string, string> ChannelIds)
{
    /// <summary>The name cards show (policy <c>display_name</c>); the policy name when not given.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Their work email (policy <c>email</c>), to find them among a Teams conversation's members.</summary>
    public string? Email { get; init; }
}
