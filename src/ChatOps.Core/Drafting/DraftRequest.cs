using ChatOps.Core.Evidence;

namespace ChatOps.Core.Drafting;

/// <summary>What to draft: the workflow, the evidence it may cite, and the person's request in their words.</summary>
public sealed record DraftRequest(string Workflow, EvidenceSet Evidence, string Request = "");
