using Microsoft.Data.Sqlite;
using SQLitePCL;
using static ChatOps.Ledger.Sqlite.SqliteRaw;

namespace ChatOps.Ledger.Sqlite;

/// <summary>
/// Takes a draft's place in the day's budget (every model draft does, before it calls the model) with the shared
/// conditional upsert, prepared once on a connection kept for it and run through SQLite's own calls, as
/// <see cref="SqliteJobWriter"/> does for the inbox. The caller holds the store's write gate, so one runs at a time.
/// </summary>
internal sealed class SqliteBudgetWriter(string connectionString, string reserveSql) : IDisposable
{
    private SqliteConnection? connection;
    private sqlite3_stmt[]? statements;

    /// <summary>The day's drafts and spend after taking the place, or null when the limit was already reached.</summary>
    public (long Drafts, long CostNanos)? Reserve(string workflow, string day, long maxDrafts, long maxNanos)
    {
        var s = statements ?? Prepare();
        var (begin, commit, rollback, reserve) = (s[0], s[1], s[2], s[3]);
        var db = connection!.Handle!;
        try
        {
            Run(db, begin);
            (long, long)? reserved = null;
            try
            {
                Bind(db, reserve, raw.sqlite3_bind_parameter_index(reserve, "@workflow"), workflow);
                Bind(db, reserve, raw.sqlite3_bind_parameter_index(reserve, "@day"), day);
                Bind(db, reserve, raw.sqlite3_bind_parameter_index(reserve, "@maxDrafts"), maxDrafts);
                Bind(db, reserve, raw.sqlite3_bind_parameter_index(reserve, "@maxNanos"), maxNanos);
                if (Step(db, reserve))
                {
                    reserved = (raw.sqlite3_column_int64(reserve, 0), raw.sqlite3_column_int64(reserve, 1));
                }
            }
            finally
            {
                raw.sqlite3_reset(reserve);
            }

            Run(db, commit);
            return reserved;
        }
        catch
        {
            RollBackIfOpen(db, rollback);
            Reset();
            throw;
        }
    }

    public void Dispose() => Reset();

    private sqlite3_stmt[] Prepare()
    {
        // Not mapped: every reservation follows other connections' commits (see SqliteRaw.OpenWriter).
        var opened = OpenWriter(connectionString, mapFile: false);
        try
        {
            statements = SqliteRaw.Prepare(opened.Handle!, "BEGIN IMMEDIATE", "COMMIT", "ROLLBACK", reserveSql);
            connection = opened;
            return statements;
        }
        catch
        {
            opened.Dispose();
            throw;
        }
    }

    private void Reset()
    {
        foreach (var statement in statements ?? [])
        {
            statement.Dispose();
        }

        statements = null;
        connection?.Dispose();
        connection = null;
    }
}
