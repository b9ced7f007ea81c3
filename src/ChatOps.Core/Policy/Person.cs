namespace ChatOps.Core.Policy;

/// <summary>A person as the core sees them: a stable id and the roles they hold, never a raw channel id.</summary>
public sealed record Person(string Id, IReadOnlyList<string> Roles)
{
    public bool HoldsAny(IEnumerable<string> roles) => roles.Any(r => Roles.Contains(r, StringComparer.Ordinal));
}
