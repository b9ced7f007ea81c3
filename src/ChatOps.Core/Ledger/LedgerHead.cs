namespace ChatOps.Core.Ledger;

/// <summary>The last record the store wrote: sequence 0 and the genesis hash when the ledger is empty.</summary>
public sealed record LedgerHead(long Sequence, string Hash);
