using ChatOps.Core.Ledger;
using ChatOps.Ledger.Sql;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using static ChatOps.Ledger.Sqlite.SqliteRaw;

namespace ChatOps.Ledger.Sqlite;

/// <summary>
/// Writes deferred ledger appends (a draft with its model calls, a check's result: the request's own records, whose
/// completion comes after them) on one connection kept open for it, with every statement prepared once and driven
/// through SQLite's own calls: the head, the guard, the idempotency keys, the draft's condition, the rows and the new
/// head, in the order and with the checks <see cref="SqlLedgerStore"/>'s own append runs them. A statement run on a
/// command object was parsed, bound and checked again in every append, and cost more than its work.
/// The caller holds the store's write gate, so one append runs at a time.
/// </summary>
/// <remarks>
/// On a connection of <see cref="SqliteRaw.OpenWriter"/> (not mapped into memory), as <see cref="SqliteJobWriter"/>'s: commits reach the write-ahead log without syncing (<c>synchronous=NORMAL</c>; the
/// store starts a <see cref="WalSync"/> round behind every deferred append, as before) and never checkpoint on their own
/// (<c>wal_autocheckpoint=0</c>): <see cref="WalSync"/> checkpoints after its syncs, so no draft pays for copying the log
/// into the database and syncing both.
/// </remarks>
internal sealed class SqliteAppendWriter(string connectionString) : IDisposable
{
    private static readonly string GuardSql =
        $"SELECT {SqlLedgerSchema.Columns} FROM ledger_records WHERE kind = ?1 AND workflow = ?2 AND payload IS NOT NULL ORDER BY seq DESC LIMIT 1";

    private static readonly string ByKeySql = $"SELECT {SqlLedgerSchema.Columns} FROM ledger_records WHERE idempotency_key = ?1";

    private static readonly string InsertSql =
        $"INSERT INTO ledger_records ({SqlLedgerSchema.Columns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

    private SqliteConnection? connection;
    private Statements? statements;

    /// <summary>
    /// Runs the append's checks and, if they hold, writes and commits it. <paramref name="seal"/> seals the entries onto
    /// the head read in the transaction.
    /// </summary>
    public AppendResult Append(LedgerAppend append, Func<LedgerAppend, LedgerHead, List<LedgerRecord>> seal)
    {
        var s = statements ?? Prepare();
        var db = connection!.Handle!;
        try
        {
            Run(db, s.Begin);
            var result = AppendInTransaction(db, s, append, seal);
            Run(db, result.Status == AppendStatus.Appended ? s.Commit : s.Rollback);
            return result;
        }
        catch
        {
            // Whatever state the connection was left in, the next append starts on a fresh one.
            RollBackIfOpen(db, s.Rollback);

            Reset();
            throw;
        }
    }

    public void Dispose() => Reset();

    private static AppendResult AppendInTransaction(sqlite3 db, Statements s, LedgerAppend append, Func<LedgerAppend, LedgerHead, List<LedgerRecord>> seal)
    {
        LedgerHead head;
        try
        {
            head = Step(db, s.Head)
                ? new LedgerHead(raw.sqlite3_column_int64(s.Head, 0), raw.sqlite3_column_text(s.Head, 1).utf8_to_string())
                : throw new InvalidOperationException("The ledger has no head row; run InitializeAsync first.");
        }
        finally
        {
            raw.sqlite3_reset(s.Head);
        }

        if (append.Guard is { } guard)
        {
            // After the head is held: a record that would refuse this append is either already here or waits for it.
            Bind(db, s.Guard, 1, guard.Kind);
            Bind(db, s.Guard, 2, guard.Workflow);
            var latest = ReadRecords(db, s.Guard);
            if (latest.Count > 0 && guard.Refuses(latest[0]))
            {
                return new AppendResult(AppendStatus.Refused, latest);
            }
        }

        List<LedgerRecord>? existing = null;
        foreach (var entry in append.Entries)
        {
            if (entry.IdempotencyKey is { } key)
            {
                Bind(db, s.ByKey, 1, key);
                foreach (var record in ReadRecords(db, s.ByKey))
                {
                    existing ??= [];
                    if (!existing.Exists(r => r.Sequence == record.Sequence))
                    {
                        existing.Add(record);
                    }
                }
            }
        }

        if (existing is not null)
        {
            existing.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
            return new AppendResult(AppendStatus.Duplicate, existing);
        }

        if (append is { DraftId: { } draftId, ExpectedDraftSequence: { } expected })
        {
            Bind(db, s.DraftLatest, 1, draftId);
            long latest;
            try
            {
                latest = Step(db, s.DraftLatest) ? raw.sqlite3_column_int64(s.DraftLatest, 0) : 0;
            }
            finally
            {
                raw.sqlite3_reset(s.DraftLatest);
            }

            if (latest != expected)
            {
                return new AppendResult(AppendStatus.Conflict, []);
            }
        }

        var records = seal(append, head);
        foreach (var r in records)
        {
            Bind(db, s.Insert, 1, r.Sequence);
            Bind(db, s.Insert, 2, r.At);
            Bind(db, s.Insert, 3, r.Kind);
            Bind(db, s.Insert, 4, r.Workflow);
            Bind(db, s.Insert, 5, r.DraftId);
            Bind(db, s.Insert, 6, r.Thread);
            Bind(db, s.Insert, 7, r.Ticket);
            Bind(db, s.Insert, 8, r.IdempotencyKey);
            Bind(db, s.Insert, 9, r.Payload);
            Bind(db, s.Insert, 10, r.ContentHash);
            Bind(db, s.Insert, 11, r.PreviousHash);
            Bind(db, s.Insert, 12, r.Hash);
            Run(db, s.Insert);
        }

        if (records.Count > 0)
        {
            Bind(db, s.HeadUpdate, 1, records[^1].Sequence);
            Bind(db, s.HeadUpdate, 2, records[^1].Hash);
            Run(db, s.HeadUpdate);
        }

        return new AppendResult(AppendStatus.Appended, records);
    }

    private Statements Prepare()
    {
        // Not mapped: a draft's append follows the claim, the budget and the worker's bookkeeping, each on another
        // connection, and a mapping was dropped and made again in every append (see SqliteRaw.OpenWriter).
        var opened = SqliteRaw.OpenWriter(connectionString, mapFile: false);
        try
        {
            var p = SqliteRaw.Prepare(opened.Handle!,
                "BEGIN IMMEDIATE", "COMMIT", "ROLLBACK", "SELECT seq, hash FROM ledger_head WHERE id = 1", GuardSql, ByKeySql,
                "SELECT COALESCE(MAX(seq), 0) FROM ledger_records WHERE draft_id = ?1", InsertSql, "UPDATE ledger_head SET seq = ?1, hash = ?2 WHERE id = 1");
            statements = new Statements(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]);
            connection = opened;
            return statements;
        }
        catch
        {
            opened.Dispose();
            throw;
        }
    }

    private static List<LedgerRecord> ReadRecords(sqlite3 db, sqlite3_stmt statement)
    {
        var records = new List<LedgerRecord>();
        try
        {
            while (Step(db, statement))
            {
                records.Add(new LedgerRecord(
                    raw.sqlite3_column_int64(statement, 0), Text(statement, 1)!, Text(statement, 2)!, Text(statement, 3)!, Text(statement, 4),
                    Text(statement, 5), Text(statement, 6), Text(statement, 7), Text(statement, 8), Text(statement, 9)!, Text(statement, 10)!,
                    Text(statement, 11)!));
            }
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }

        return records;
    }

    private void Reset()
    {
        statements?.Dispose();
        statements = null;
        connection?.Dispose();
        connection = null;
    }

    private sealed record Statements(
        sqlite3_stmt Begin, sqlite3_stmt Commit, sqlite3_stmt Rollback, sqlite3_stmt Head, sqlite3_stmt Guard, sqlite3_stmt ByKey,
        sqlite3_stmt DraftLatest, sqlite3_stmt Insert, sqlite3_stmt HeadUpdate) : IDisposable
    {
        public void Dispose()
        {
            foreach (var statement in new[] { Begin, Commit, Rollback, Head, Guard, ByKey, DraftLatest, Insert, HeadUpdate })
            {
                statement.Dispose();
            }
        }
    }
}
