namespace ChatOps.Drafting.Offline;

/// <summary>An offline draft and how many of its workflow's required questions the evidence answered.</summary>
internal sealed record OfflineDraft(string Text, IReadOnlyList<string> Filled, IReadOnlyList<string> Unknown);
