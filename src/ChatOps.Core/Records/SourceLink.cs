namespace ChatOps.Core.Records;

/// <summary>A source the approved text cites, with its link when it has one.</summary>
public sealed record SourceLink(string Id, string Kind, string? Uri);
