namespace ChatOps.Core.Ledger;

/// <summary>What verification found wrong with the chain.</summary>
public enum TamperKind
{
    Edited,
    Deleted,
    Inserted,
    Reordered,
}
