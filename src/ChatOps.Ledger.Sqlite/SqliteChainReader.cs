using System.Diagnostics;
using ChatOps.Core.Ledger;
using ChatOps.Ledger.Sql;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ChatOps.Ledger.Sqlite;

/// <summary>
/// The verifier's read on SQLite: steps one statement through SQLitePCL and hands each row's columns to the sink as
/// the bytes SQLite holds (<see cref="SqliteColumns"/>), skipping the data reader's string per column, most of a
/// million-record read.
/// </summary>
internal static class SqliteChainReader
{
    private const string Sql = $"SELECT {SqlLedgerSchema.Columns} FROM ledger_records WHERE seq >= ?1 ORDER BY seq";

    public static async Task ReadAsync(SqliteConnection connection, long fromSequence, IChainRowSink sink, CancellationToken cancellationToken)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(db, Sql, out var statement), db);
        using (statement)
        {
            Check(raw.sqlite3_bind_int64(statement, 1, fromSequence), db);

            // The statement is this method's alone until the using ends, so its raw handle stays valid throughout.
            var handle = statement.DangerousGetHandle();
            int result;
            while ((result = await StepAsync(statement, connection.DefaultTimeout, cancellationToken)) == raw.SQLITE_ROW)
            {
                await AddAsync(handle, sink, cancellationToken);
            }

            Check(result, db);
        }
    }

    private static ValueTask<int> StepAsync(sqlite3_stmt statement, int timeoutSeconds, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = raw.sqlite3_step(statement);
        return result is raw.SQLITE_BUSY or raw.SQLITE_LOCKED ? RetryAsync(statement, timeoutSeconds, cancellationToken) : ValueTask.FromResult(result);
    }

    /// <remarks>In WAL mode a reader is refused only while another connection recovers the log; wait for it like the data reader does.</remarks>
    private static async ValueTask<int> RetryAsync(sqlite3_stmt statement, int timeoutSeconds, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        int result;
        do
        {
            await Task.Delay(10, cancellationToken);
            result = raw.sqlite3_step(statement);
        }
        while (result is raw.SQLITE_BUSY or raw.SQLITE_LOCKED && Stopwatch.GetElapsedTime(started).TotalSeconds < timeoutSeconds);

        return result;
    }

    private static ValueTask AddAsync(nint s, IChainRowSink sink, CancellationToken cancellationToken)
    {
        var nulls = ChainColumns.None;
        return sink.AddAsync(
            new ChainRow
            {
                Sequence = SqliteColumns.Int64(s, 0),
                At = Text(s, 1, ChainColumns.At, ref nulls),
                Kind = Text(s, 2, ChainColumns.Kind, ref nulls),
                Workflow = Text(s, 3, ChainColumns.Workflow, ref nulls),
                DraftId = Text(s, 4, ChainColumns.DraftId, ref nulls),
                Thread = Text(s, 5, ChainColumns.Thread, ref nulls),
                Ticket = Text(s, 6, ChainColumns.Ticket, ref nulls),
                IdempotencyKey = Text(s, 7, ChainColumns.IdempotencyKey, ref nulls),
                Payload = Text(s, 8, ChainColumns.Payload, ref nulls),
                ContentHash = Text(s, 9, ChainColumns.ContentHash, ref nulls),
                PreviousHash = Text(s, 10, ChainColumns.PreviousHash, ref nulls),
                Hash = Text(s, 11, ChainColumns.Hash, ref nulls),
                Nulls = nulls,
            },
            cancellationToken);
    }

    /// <remarks>A TEXT value read as a blob comes back as its stored UTF-8 bytes, unconverted; only an empty one can be NULL.</remarks>
    private static ReadOnlySpan<byte> Text(nint statement, int column, ChainColumns flag, ref ChainColumns nulls)
    {
        var bytes = SqliteColumns.Bytes(statement, column);
        if (bytes.IsEmpty && SqliteColumns.Type(statement, column) == SqliteColumns.Null)
        {
            nulls |= flag;
        }

        return bytes;
    }

    private static void Check(int result, sqlite3 db)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE))
        {
            SqliteException.ThrowExceptionForRC(result, db);
        }
    }
}
