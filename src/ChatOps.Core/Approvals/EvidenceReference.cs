namespace ChatOps.Core.Approvals;

/// <summary>A source a draft used, by id, kind (wire name), content hash and link, as the ledger records it.</summary>
public sealed record EvidenceReference(string Id, string Kind, string ContentHash, string? Uri);
