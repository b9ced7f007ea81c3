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

        // One write transaction for the whole batch: the commit's sync to disk is the cost, and it is paid once.
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
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
        foreach (var id in ids)
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
