namespace ChatOps.Core.Ledger;

/// <summary>The outcome of verifying the chain: how many records were read and the first problem, if any.</summary>
public sealed record VerifyResult(long RecordsChecked, long Redacted, ChainProblem? Problem)
{
    public bool IsValid => Problem is null;
}
