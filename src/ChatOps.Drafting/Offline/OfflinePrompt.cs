using ChatOps.Core.Evidence;

namespace ChatOps.Drafting.Offline;

/// <summary>What the offline drafter reads back from a rendered drafting prompt.</summary>
internal sealed record OfflinePrompt(string Workflow, string Request, EvidenceSet Evidence);
