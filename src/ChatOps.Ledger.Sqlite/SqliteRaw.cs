using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ChatOps.Ledger.Sqlite;

/// <summary>
/// SQLite's own calls for the store's writers that keep a connection and its prepared statements
/// (<see cref="SqliteJobWriter"/>, <see cref="SqliteAppendWriter"/>, <see cref="SqliteBudgetWriter"/>): every fault becomes the
/// <see cref="SqliteException"/> Microsoft.Data.Sqlite would have thrown.
/// </summary>
internal static class SqliteRaw
{
    /// <summary>
    /// Opens the writer's own connection: no sync of its own (the store's <see cref="WalSync"/> syncs behind it), no
    /// checkpoint of its own (<see cref="WalSync"/> checkpoints after its syncs), a page cache (the store's 64 MB, or
    /// 8 MB for a mapped writer, below), the file mapped into memory if <paramref name="mapFile"/>, and a busy handler,
    /// which SQLite's own calls lack, for writers of other processes.
    /// </summary>
    /// <remarks>
    /// A mapping pays off for a connection that is mostly the only writer (the inbox's, on an ingest instance). One
    /// whose transactions mostly follow other connections' commits (a draft's append after the job's claim, the
    /// budget and the worker's bookkeeping) is better without: SQLite drops a connection's mapping at the start of
    /// each transaction after another connection's commit (<c>sqlite3PagerSharedLock</c>: <c>munmap</c>, whose
    /// TLB shootdown interrupts the other core) and maps the file again at its first page (<c>mmap</c>, then a page
    /// fault per page touched). Without it the pages go through the page cache and one <c>pread</c> each.
    /// <para>
    /// The mapped writer (the inbox's) keeps an 8 MB page cache, not 64 MB: it reads what is checkpointed through the
    /// mapping, and each page it appends enters its cache once and is not read again. Until a 64 MB cache was full
    /// (about 75,000 accepted events after a start) every new page was a fresh <c>malloc</c> that grew the C heap by a
    /// page (<c>grow_heap</c>: an <c>mprotect</c> and a page fault each, 0.13 and 0.15 per accepted event; now 0.001
    /// and 0.007), two more trips into the kernel for every seven a request already made; and 56 MB of the process's
    /// memory held pages nobody read. 8 MB (2,000 pages) still holds the tables' and indexes' pages that checked
    /// inserts touch while they wait in the log for a checkpoint (a Teams burst's <c>pread</c>s per request did not
    /// change). The measurements are in docs/benchmarks.md.
    /// </para>
    /// </remarks>
    public static SqliteConnection OpenWriter(string connectionString, bool mapFile)
    {
        var opened = new SqliteConnection(connectionString);
        try
        {
            opened.Open();
            using var pragmas = opened.CreateCommand();
            pragmas.CommandText = mapFile
                ? "PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0; PRAGMA mmap_size = 4294967296; PRAGMA cache_size = -8192; PRAGMA busy_timeout = 30000;"
                : "PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0; PRAGMA mmap_size = 0; PRAGMA cache_size = -65536; PRAGMA busy_timeout = 30000;";
            pragmas.ExecuteNonQuery();
            return opened;
        }
        catch
        {
            opened.Dispose();
            throw;
        }
    }

    /// <summary>Prepares each statement once for the connection's life; on a fault, none is left behind.</summary>
    public static sqlite3_stmt[] Prepare(sqlite3 db, params string[] sql)
    {
        var prepared = new List<sqlite3_stmt>(sql.Length);
        try
        {
            foreach (var text in sql)
            {
                Check(db, raw.sqlite3_prepare_v3(db, text, raw.SQLITE_PREPARE_PERSISTENT, out var statement, out _));
                prepared.Add(statement);
            }

            return [.. prepared];
        }
        catch
        {
            foreach (var statement in prepared)
            {
                statement.Dispose();
            }

            throw;
        }
    }

    /// <summary>Steps a query: true with a row to read, false when done; the caller resets it.</summary>
    public static bool Step(sqlite3 db, sqlite3_stmt statement)
    {
        var result = raw.sqlite3_step(statement);
        return result switch
        {
            raw.SQLITE_ROW => true,
            raw.SQLITE_DONE => false,
            _ => throw Fault(db, result),
        };
    }

    /// <summary>Steps a statement that returns no rows and makes it ready to run again.</summary>
    public static void Run(sqlite3 db, sqlite3_stmt statement)
    {
        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE)
        {
            throw Fault(db, result);
        }
    }

    public static void Bind(sqlite3 db, sqlite3_stmt statement, int index, string? value) =>
        Check(db, value is null ? raw.sqlite3_bind_null(statement, index) : raw.sqlite3_bind_text(statement, index, value));

    public static void Bind(sqlite3 db, sqlite3_stmt statement, int index, long value) => Check(db, raw.sqlite3_bind_int64(statement, index, value));

    /// <summary>The column's text, or null for SQL NULL.</summary>
    public static string? Text(sqlite3_stmt statement, int column) =>
        raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(statement, column).utf8_to_string();

    /// <summary>Rolls back what a failed statement left open, so the connection can be closed or used again.</summary>
    public static void RollBackIfOpen(sqlite3 db, sqlite3_stmt rollback)
    {
        if (raw.sqlite3_get_autocommit(db) == 0)
        {
            raw.sqlite3_step(rollback);
            raw.sqlite3_reset(rollback);
        }
    }

    public static void Check(sqlite3 db, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw Fault(db, result);
        }
    }

    private static SqliteException Fault(sqlite3 db, int result) =>
        new(raw.sqlite3_errmsg(db).utf8_to_string(), result, raw.sqlite3_extended_errcode(db));
}
