using ChatOps.Core.Ledger;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using static ChatOps.Ledger.Sqlite.SqliteRaw;

namespace ChatOps.Ledger.Sqlite;

/// <summary>
/// Commits batches of accepted jobs (chat requests, replies) into <c>ledger_jobs</c> on one connection kept open for
/// it, with its INSERT prepared once and driven through SQLite's own calls: a busy inbox commits a batch every
/// millisecond or so, and a command object per row (its parameters, reader and checks) cost more than the row itself.
/// Each payload is bound as the UTF-8 it was serialised to, never converted. The caller holds the store's write gate,
/// so one batch runs at a time.
/// </summary>
/// <remarks>
/// The connection commits to the write-ahead log without syncing (<c>synchronous=NORMAL</c>; <see cref="WalSync"/>
/// syncs behind it) and never checkpoints on its own (<c>wal_autocheckpoint=0</c>): a checkpoint copies the log into
/// the database and syncs both, which would stall every request of the batch that happened to cross the threshold.
/// <see cref="WalSync"/> checkpoints after its syncs instead.
/// </remarks>
internal sealed class SqliteJobWriter(string connectionString) : IDisposable
{
    private const string InsertSql = """
        INSERT INTO ledger_jobs (kind, workflow, draft_id, idempotency_key, payload, due_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT (idempotency_key) DO NOTHING
        """;

    // No key to check and no index to update: the claim that moves the row into ledger_jobs drops a repeat.
    private const string IntakeSql = """
        INSERT INTO ledger_intake (kind, workflow, draft_id, idempotency_key, payload, due_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        """;

    private SqliteConnection? connection;
    private sqlite3_stmt? insert;
    private sqlite3_stmt? intake;
    private sqlite3_stmt? begin;
    private sqlite3_stmt? commit;
    private sqlite3_stmt? rollback;

    /// <summary>
    /// Inserts the batch in one transaction; true for each job that was new (false: its key was already there), and for
    /// each job appended to the intake (<see cref="JobRequest.DeduplicateLater"/>), whose repeat the claim drops.
    /// </summary>
    public bool[] Insert(IReadOnlyList<JobRequest> jobs)
    {
        if (insert is null)
        {
            Prepare();
        }

        var db = connection!.Handle!;
        var added = new bool[jobs.Count];
        try
        {
            Run(db, begin!);
            Span<byte> due = stackalloc byte[LedgerTime.MaxUtf8Length];
            for (var i = 0; i < jobs.Count; i++)
            {
                var job = jobs[i];
                var statement = job.DeduplicateLater ? intake! : insert!;
                Check(db, raw.sqlite3_bind_text(statement, 1, job.Kind));
                Check(db, raw.sqlite3_bind_text(statement, 2, job.Workflow));
                Check(db, job.DraftId is { } draft ? raw.sqlite3_bind_text(statement, 3, draft) : raw.sqlite3_bind_null(statement, 3));
                Check(db, raw.sqlite3_bind_text(statement, 4, job.IdempotencyKey));
                Check(db, raw.sqlite3_bind_text(statement, 5, job.PayloadUtf8.Span));
                Check(db, raw.sqlite3_bind_text(statement, 6, due[..LedgerTime.FormatUtf8(job.DueAt, due)]));
                Run(db, statement);
                added[i] = job.DeduplicateLater || raw.sqlite3_changes(db) == 1;
            }

            Run(db, commit!);
            return added;
        }
        catch
        {
            // Whatever state the connection was left in, the next batch starts on a fresh one.
            RollBackIfOpen(db, rollback!);
            Reset();
            throw;
        }
    }

    public void Dispose() => Reset();

    private void Prepare()
    {
        // SqliteRaw.OpenWriter: the store's page cache and mapping (without them this connection read every page a
        // checkpoint had made stale with a system call of its own), and a busy handler, which SQLite's own calls lack:
        // without one a batch meeting another connection's write lock failed at once and its requests got a 500.
        var opened = OpenWriter(connectionString, mapFile: true);
        try
        {
            var prepared = SqliteRaw.Prepare(opened.Handle!, InsertSql, IntakeSql, "BEGIN IMMEDIATE", "COMMIT", "ROLLBACK");
            connection = opened;
            (insert, intake, begin, commit, rollback) = (prepared[0], prepared[1], prepared[2], prepared[3], prepared[4]);
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
        intake?.Dispose();
        begin?.Dispose();
        commit?.Dispose();
        rollback?.Dispose();
        insert = intake = begin = commit = rollback = null;
        connection?.Dispose();
        connection = null;
    }
}
