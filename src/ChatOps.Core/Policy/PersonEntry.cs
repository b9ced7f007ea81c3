namespace ChatOps.Core.Policy;

/// <summary>A person named in the policy, with their id on each channel.</summary>
public sealed record PersonEntry(string Name, IReadOnlyDictionary<string, string> ChannelIds);
