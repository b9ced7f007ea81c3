namespace ChatOps.Core.Ledger;

/// <summary>The append-only, hash-chained record of every event; SQLite and PostgreSQL implement it.</summary>
public interface ILedgerStore
{
    /// <summary>
    /// Appends the entries and enqueues the jobs in one transaction, after the current head, in one chain even with
    /// several writers. An entry whose idempotency key is already recorded makes the whole append a duplicate.
    /// </summary>
    Task<AppendResult> AppendAsync(LedgerAppend append, CancellationToken cancellationToken = default);

    /// <summary>Every record from <paramref name="fromSequence"/> on, in chain order.</summary>
    IAsyncEnumerable<LedgerRecord> ReadAsync(long fromSequence = 1, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every row from <paramref name="fromSequence"/> on, in chain order, as stored bytes handed to
    /// <paramref name="sink"/> one at a time: the verifier's read path, with nothing decoded or allocated per row.
    /// </summary>
    Task ReadChainAsync(long fromSequence, IChainRowSink sink, CancellationToken cancellationToken = default);

    /// <summary>The records matching every given filter, in chain order.</summary>
    Task<IReadOnlyList<LedgerRecord>> QueryAsync(LedgerQuery query, CancellationToken cancellationToken = default);

    /// <summary>The head the store last wrote (sequence and hash), kept apart from the records so a cut tail shows.</summary>
    Task<LedgerHead> HeadAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes the content of a workflow's records written before <paramref name="before"/>; hashes stay.</summary>
    Task<int> RedactAsync(string workflow, DateTimeOffset before, CancellationToken cancellationToken = default);
}
