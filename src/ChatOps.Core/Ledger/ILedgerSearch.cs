namespace ChatOps.Core.Ledger;

/// <summary>The ledger browser's port: indexed searches by thread, ticket, draft or person, newest first, paged.</summary>
public interface ILedgerSearch
{
    /// <summary>Up to <paramref name="limit"/> matching records below <paramref name="beforeSequence"/> (null: from the head), newest first.</summary>
    Task<IReadOnlyList<LedgerRecord>> SearchAsync(LedgerSearch search, long? beforeSequence, int limit, CancellationToken cancellationToken = default);

    /// <summary>Every matching record, in chain order, streamed (the export).</summary>
    IAsyncEnumerable<LedgerRecord> ExportAsync(LedgerSearch search, CancellationToken cancellationToken = default);
}
