namespace ChatOps.Core.Ledger;

/// <summary>The first break in the chain: what happened, to which record (by sequence), in words.</summary>
public sealed record ChainProblem(TamperKind Kind, long Sequence, string Message);
