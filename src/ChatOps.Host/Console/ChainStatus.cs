using ChatOps.Core.Ledger;

namespace ChatOps.Host.Console;

/// <summary>The last verification of the chain this host ran, so the ledger browser can say how far the chain is known to be intact.</summary>
public sealed class ChainStatus(TimeProvider time)
{
    private readonly Lock gate = new();
    private ChainCheck? last;

    public ChainCheck? Last
    {
        get
        {
            lock (gate)
            {
                return last;
            }
        }
    }

    public async Task<ChainCheck> VerifyAsync(ILedgerStore ledger, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var result = await ChainVerifier.VerifyAsync(ledger, cancellationToken);
        var check = new ChainCheck(result.IsValid ? "verified" : "broken", result.RecordsChecked, result.Redacted, time.GetUtcNow(),
            (long)time.GetElapsedTime(started).TotalMilliseconds, result.Problem);
        lock (gate)
        {
            last = check;
        }

        return check;
    }
}

/// <summary>One verification: intact (<c>verified</c>) or <c>broken</c>, how many records, when, how long it took, and the first problem.</summary>
public sealed record ChainCheck(string State, long RecordsChecked, long Redacted, DateTimeOffset At, long Milliseconds, ChainProblem? Problem)
{
    /// <summary>Kept for the page's earlier code: the verdict in the shape <c>/ledger/verify</c> always had.</summary>
    public bool IsValid => Problem is null;
}
