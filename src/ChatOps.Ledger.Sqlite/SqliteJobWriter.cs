using ChatOps.Core.Ledger;
using Microsoft.Data.Sqlite;

namespace ChatOps.Ledger.Sqlite;

/// <summary>
/// Commits batches of accepted jobs (chat requests, replies) into <c>ledger_jobs</c> on one connection kept open for it, with its INSERT
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
internal sealed class SqliteJobWriter(string connectionString) : IDisposable
{
    private SqliteConnection? connection;
    private SqliteCommand? insert;

    /// <summary>Inserts the batch in one transaction; true for each job that was new (false: its key was already there).</summary>
    public bool[] Insert(IReadOnlyList<JobRequest> jobs)
    {
        var command = insert ?? Prepare();
        var added = new bool[jobs.Count];
        try
        {
            using var transaction = command.Connection!.BeginTransaction(deferred: false);
            command.Transaction = transaction;
            var parameters = command.Parameters;
            for (var i = 0; i < jobs.Count; i++)
            {
                var job = jobs[i];
                parameters[0].Value = job.Kind;
                parameters[1].Value = job.Workflow;
                parameters[2].Value = (object?)job.DraftId ?? DBNull.Value;
                parameters[3].Value = job.IdempotencyKey;
                parameters[4].Value = job.Payload;
                parameters[5].Value = LedgerTime.Format(job.DueAt);
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
                INSERT INTO ledger_jobs (kind, workflow, draft_id, idempotency_key, payload, due_at) VALUES ($kind, $workflow, $draft, $key, $payload, $due)
                ON CONFLICT (idempotency_key) DO NOTHING
                """;
            foreach (var name in (string[])["$kind", "$workflow", "$draft", "$key", "$payload", "$due"])
            {
                command.Parameters.Add(name, SqliteType.Text);
            }

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
