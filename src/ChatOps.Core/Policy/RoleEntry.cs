namespace ChatOps.Core.Policy;

/// <summary>A role: the people in it by name, and the channel groups (<c>slack:S…</c>, <c>teams:&lt;guid&gt;</c>) whose members hold it.</summary>
public sealed record RoleEntry(string Name, IReadOnlyList<string> People, IReadOnlyList<string> Groups);
