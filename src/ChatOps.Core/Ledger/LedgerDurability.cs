namespace ChatOps.Core.Ledger;

/// <summary>When an append's commit must be on disk: before the append returns, or soon after.</summary>
public enum LedgerDurability
{
    /// <summary>On disk before the append returns: decisions, overrides, write-backs and everything a person did.</summary>
    Synced,

    /// <summary>
    /// Committed and readable at once, on disk a few milliseconds later (the store starts the sync and does not wait
    /// for it). Only for what a request's own run records (its drafts, checks and model calls): the request's
    /// completion is committed after them, so a power cut that loses them loses the completion too, and the request
    /// runs again. A process that dies loses nothing.
    /// </summary>
    Deferred,
}
