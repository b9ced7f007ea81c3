namespace ChatOps.Core.Ledger;

/// <summary>What one append writes atomically: entries, jobs to run after commit, and an optional draft-version condition.</summary>
/// <remarks>ExpectedDraftSequence: 
/// When set with <see cref="DraftId"/>, the append only happens if the draft's latest record is still this one
/// (0: the draft has none), so two deciders on different instances cannot both act on the same state.
/// </remarks>
public sealed record LedgerAppend(IReadOnlyList<LedgerEntry> Entries, IReadOnlyList<JobRequest> Jobs, string? DraftId = null, long? ExpectedDraftSequence = null)
{
    /// <summary>Whether the commit is on disk before the append returns (the default) or soon after.</summary>
    public LedgerDurability Durability { get; init; } = LedgerDurability.Synced;

    /// <summary>A condition read in the append's own transaction that may refuse it (see <see cref="AppendGuard"/>).</summary>
    public AppendGuard? Guard { get; init; }

    public static LedgerAppend Of(LedgerEntry entry) => new([entry], []);
}
