using ChatOps.Core.Ledger;

namespace ChatOps.Ledger.Sql;

/// <summary>The inbox facet: accepted chat requests, enqueued once per delivery and claimed under a lease.</summary>
public abstract partial class SqlLedgerStore : IRequestInbox
{
    public async Task<bool> EnqueueRequestAsync(InboxRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var connection = await OpenAsync(cancellationToken);
        var added = await connection.ExecuteAsync(null, """
            INSERT INTO chat_inbox (delivery_key, payload, received_at) VALUES (@key, @payload, @at)
            ON CONFLICT (delivery_key) DO NOTHING
            """, cancellationToken, ("@key", request.DeliveryKey), ("@payload", request.Payload), ("@at", LedgerTime.Format(request.ReceivedAt)));
        return added == 1;
    }

    public async Task<IReadOnlyList<InboxItem>> ClaimRequestsAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginClaimAsync(connection, cancellationToken);
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

    public async Task CompleteRequestAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null, "UPDATE chat_inbox SET state = 'done', done_at = @at, locked_until = NULL WHERE id = @id AND state = 'pending'",
            cancellationToken, ("@id", id), ("@at", LedgerTime.Format(Time.GetUtcNow())));
    }

    public async Task<int> PendingRequestsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT COUNT(*) FROM chat_inbox WHERE state = 'pending'");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
