using ChatOps.Core.Conversations;
using ChatOps.Core.Ledger;

namespace ChatOps.Ledger.Sql;

/// <summary>The place book facet: thread addresses and card copies, one row per (scope, key), replaced when seen again.</summary>
public abstract partial class SqlLedgerStore : IPlaceBook
{
    public async Task SavePlaceAsync(string scope, string key, string address, CancellationToken cancellationToken = default)
    {
        // Written for every answered request, so it queues with the other writers (SQLite: the in-process write gate,
        // instead of meeting them at the file lock and sleeping out Microsoft.Data.Sqlite's 150 ms busy retry) and is
        // bookkeeping-synced: a power cut that loses it loses the request's completion behind it too, so the request
        // runs again and saves it again.
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginBookkeepingAsync(connection, cancellationToken);
        await connection.ExecuteAsync(transaction, """
            INSERT INTO chat_places (scope, place_key, address, seen_at) VALUES (@scope, @key, @address, @seen)
            ON CONFLICT (scope, place_key) DO UPDATE SET address = excluded.address, seen_at = excluded.seen_at
            """, cancellationToken,
            ("@scope", scope), ("@key", key), ("@address", address), ("@seen", LedgerTime.Format(Time.GetUtcNow())));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> FindPlacesAsync(string scope, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT address FROM chat_places WHERE scope = @scope ORDER BY seen_at, place_key", ("@scope", scope));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var places = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            places.Add(reader.GetString(0));
        }

        return places;
    }
}
