using ChatOps.Core.Ledger;

namespace ChatOps.Core.Stats;

/// <summary>What folding a record needs to know of the records before it, read by the store's fold.</summary>
public interface IStatsLookup
{
    /// <summary>The draft's records of <paramref name="kind"/> with a sequence below <paramref name="before"/>, in chain order.</summary>
    Task<IReadOnlyList<LedgerRecord>> EarlierAsync(string draftId, string kind, long before, CancellationToken cancellationToken = default);
}
