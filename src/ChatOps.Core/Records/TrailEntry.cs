namespace ChatOps.Core.Records;

/// <summary>One approval in the trail posted with the text: who, when, and which version.</summary>
public sealed record TrailEntry(string Approver, string At, string Version);
