using ChatOps.Core.Ledger;
using Microsoft.Data.Sqlite;

namespace ChatOps.Ledger.Sqlite;

/// <summary>
/// Commits batches of accepted requests into <c>chat_inbox</c> on one connection kept open for it, with its INSERT
/// prepared once: a busy inbox commits a batch every millisecond or so, and opening a pooled connection, running its
/// pragmas and parsing the INSERT again for each batch cost more than the rows themselves. The caller holds the
/// store's write gate, so one batch runs at a time.
/// </summary>
/// <remarks>
/// The connection commits to the write-ahead log without syncing (<c>synchronous=NORMAL</c>; <see cref="WalSync"/>
/// syncs behind it) and never checkpoints on its own (<c>wal_autocheckpoint=0</c>): a checkpoint copies the log into
/// the database and syncs both, which would stall every request of the batch that happened to cross the threshold.
/// <see cref="WalSync"/> checkpoints after its syncs instead.
/// </remarks>
internal sealed class SqliteInboxWriter(string connectionString) : IDisposable
{
    private SqliteConnection? connection;
    private SqliteCommand? insert;

    /// <summary>Inserts the batch in one transaction; true for each request that was new (false: its delivery was already there).</summary>
    public bool[] Insert(IReadOnlyList<InboxRequest> requests)
    {
        var command = insert ?? Prepare();
        var added = new bool[requests.Count];
        try
        {
            using var transaction = command.Connection!.BeginTransaction(deferred: false);
            command.Transaction = transaction;
            var parameters = command.Parameters;
            for (var i = 0; i < requests.Count; i++)
            {
                parameters[0].Value = requests[i].DeliveryKey;
                parameters[1].Value = requests[i].Payload;
                parameters[2].Value = LedgerTime.Format(requests[i].ReceivedAt);
                added[i] = command.ExecuteNonQuery() == 1;
            }

            transaction.Commit();
            command.Transaction = null;
            return added;
        }
        catch
        {
            // Whatever state the connection was left in, the next batch starts on a fresh one.
            Reset();
            throw;
        }
    }

    public void Dispose() => Reset();

    private SqliteCommand Prepare()
    {
        var opened = new SqliteConnection(connectionString);
        try
        {
            opened.Open();
            using (var pragmas = opened.CreateCommand())
            {
                pragmas.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0;";
                pragmas.ExecuteNonQuery();
            }

            var command = opened.CreateCommand();
            command.CommandText = """
                INSERT INTO chat_inbox (delivery_key, payload, received_at) VALUES ($key, $payload, $at)
                ON CONFLICT (delivery_key) DO NOTHING
                """;
            command.Parameters.Add("$key", SqliteType.Text);
            command.Parameters.Add("$payload", SqliteType.Text);
            command.Parameters.Add("$at", SqliteType.Text);
            command.Prepare();
            connection = opened;
            insert = command;
            return command;
        }
        catch
        {
            opened.Dispose();
            throw;
        }
    }

    private void Reset()
    {
        insert?.Dispose();
        connection?.Dispose();
        insert = null;
        connection = null;
    }
}
