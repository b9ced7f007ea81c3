using System.Data.Common;
using ChatOps.Core.Ledger;

namespace ChatOps.Ledger.Sql;

/// <summary>The inbox facet: accepted chat requests, enqueued once per delivery and claimed under a lease.</summary>
public abstract partial class SqlLedgerStore : IRequestInbox
{
    public async Task<bool> EnqueueRequestAsync(InboxRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await EnqueueRequestsAsync([request], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<bool>> EnqueueRequestsAsync(IReadOnlyList<InboxRequest> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        if (requests.Count == 0)
        {
            return [];
        }

        // Two instances can insert overlapping batches (a delivery retried at the other instance) in different orders.
        // The store first locks the keys in one global order where it can (LockDeliveryKeysAsync); should the database
        // still abort a transaction as a deadlock, it simply runs again. Rows go in in arrival order, so a thread's
        // messages are handled in the order they were said.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await InsertRequestsAsync(requests, cancellationToken);
            }
            catch (DbException ex) when (attempt < MaxEnqueueAttempts && IsWriteConflict(ex))
            {
                // No pause needed: the transaction that won holds its locks until it commits, so the retry waits for it.
            }
        }
    }

    private const int MaxEnqueueAttempts = 5;

    /// <summary>
    /// Takes, in the transaction, a lock per delivery key in the order given (sorted), so overlapping batches of two
    /// instances queue behind each other instead of deadlocking on the unique index. Nothing to do where writers are
    /// serialised anyway (SQLite).
    /// </summary>
    protected virtual Task LockDeliveryKeysAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> sortedKeys, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>True when the database aborted the transaction to break a deadlock or a serialization conflict, so running it again is right.</summary>
    protected virtual bool IsWriteConflict(DbException exception) => false;

    /// <summary>
    /// Inserts a batch in one write transaction (the commit is the cost, paid once) and returns, per request, whether
    /// it was new. A store with a cheaper way to commit accepted requests overrides it; it must answer only once the
    /// batch is committed.
    /// </summary>
    protected virtual async Task<bool[]> InsertRequestsAsync(IReadOnlyList<InboxRequest> requests, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await LockDeliveryKeysAsync(connection, transaction, [.. requests.Select(r => r.DeliveryKey).Distinct().Order(StringComparer.Ordinal)], cancellationToken);
        await using var command = connection.Command(transaction, """
            INSERT INTO chat_inbox (delivery_key, payload, received_at) VALUES (@key, @payload, @at)
            ON CONFLICT (delivery_key) DO NOTHING
            """, ("@key", ""), ("@payload", ""), ("@at", ""));
        var added = new bool[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            command.Parameters["@key"].Value = requests[i].DeliveryKey;
            command.Parameters["@payload"].Value = requests[i].Payload;
            command.Parameters["@at"].Value = LedgerTime.Format(requests[i].ReceivedAt);
            added[i] = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }

        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    public async Task<IReadOnlyList<InboxItem>> ClaimRequestsAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginInboxBookkeepingAsync(connection, cancellationToken);
        await using var command = connection.Command(transaction, $"""
            UPDATE chat_inbox SET locked_until = @until, attempts = attempts + 1
            WHERE id IN (SELECT id FROM chat_inbox
                         WHERE state = 'pending' AND (locked_until IS NULL OR locked_until <= @now)
                         ORDER BY id LIMIT @max{dialect.SkipLocked})
            RETURNING id, delivery_key, payload, attempts
            """, ("@until", LedgerTime.Format(now + lease)), ("@now", LedgerTime.Format(now)), ("@max", max));
        var items = new List<InboxItem>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(new InboxItem(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3)));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return items.OrderBy(i => i.Id).ToArray();
    }

    public async Task RenewRequestsAsync(IReadOnlyCollection<long> ids, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginInboxBookkeepingAsync(connection, cancellationToken);
        await using var command = connection.Command(transaction,
            "UPDATE chat_inbox SET locked_until = @until WHERE id = @id AND state = 'pending' AND locked_until > @now",
            ("@id", 0L), ("@until", LedgerTime.Format(until)), ("@now", LedgerTime.Format(now)));
        foreach (var id in ids.Order())
        {
            command.Parameters["@id"].Value = id;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task DeferRequestsAsync(IReadOnlyCollection<long> ids, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginInboxBookkeepingAsync(connection, cancellationToken);
        await using var command = connection.Command(transaction, "UPDATE chat_inbox SET locked_until = @until WHERE id = @id AND state = 'pending'",
            ("@id", 0L), ("@until", LedgerTime.Format(until)));
        foreach (var id in ids.Order())
        {
            command.Parameters["@id"].Value = id;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public Task CompleteRequestAsync(long id, CancellationToken cancellationToken = default) => CompleteRequestsAsync([id], cancellationToken);

    public async Task CompleteRequestsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginInboxBookkeepingAsync(connection, cancellationToken);
        await using var command = connection.Command(transaction, "UPDATE chat_inbox SET state = 'done', done_at = @at, locked_until = NULL WHERE id = @id AND state = 'pending'",
            ("@id", 0L), ("@at", LedgerTime.Format(Time.GetUtcNow())));
        // Ascending, like every other batch writer, so two of them never hold row locks in opposite orders.
        foreach (var id in ids.Order())
        {
            command.Parameters["@id"].Value = id;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> PendingRequestsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT COUNT(*) FROM chat_inbox WHERE state = 'pending'");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Begins the transaction of a claim or a completion. Losing one of these makes a request run again, which is safe
    /// (its effects are keyed by the delivery), so a store may commit them more cheaply than a request it accepted.
    /// </summary>
    protected virtual Task<DbTransaction> BeginInboxBookkeepingAsync(DbConnection connection, CancellationToken cancellationToken) =>
        BeginClaimAsync(connection, cancellationToken);
}
