namespace ChatOps.Core.Ledger;

/// <summary>
/// How far the byte-level scan got: the records it accepted from #1 on (so the last is #<see cref="Count"/>), the
/// last one's hash, and whether it reached the end or stopped at a row it could not accept.
/// </summary>
internal sealed record ChainScanResult(long Count, long Redacted, string? LastHash, bool Complete);
