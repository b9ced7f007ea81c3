namespace ChatOps.Core.Ledger;

/// <summary>What an append did, and the records now in the ledger for it.</summary>
public sealed record AppendResult(AppendStatus Status, IReadOnlyList<LedgerRecord> Records);
