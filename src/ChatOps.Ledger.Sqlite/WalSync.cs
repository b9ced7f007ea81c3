using Microsoft.Data.Sqlite;
using Microsoft.Win32.SafeHandles;

namespace ChatOps.Ledger.Sqlite;

/// <summary>
/// Syncs the ledger file's write-ahead log to disk behind commits that did not sync it themselves. One sync runs at a
/// time and covers every commit made before it started; <see cref="SyncAsync"/> completes with the first sync that
/// starts after the call, so a commit's caller may wait for it or leave it running. Meanwhile the next commits go on:
/// a busy inbox pays one sync per round of commits, and none of them holds the write lock during a sync.
/// </summary>
/// <remarks>
/// A connection is kept open for as long as this lives, because SQLite deletes the log when its last connection
/// closes; so the handle synced here is always the live log's.
/// </remarks>
internal sealed class WalSync(string databasePath) : IDisposable
{
    private readonly Lock gate = new();
    private SqliteConnection? keeper;
    private SafeFileHandle? log;
    private TaskCompletionSource? next;
    private bool running;

    /// <summary>Completes once every commit made before this call is on disk.</summary>
    public Task SyncAsync()
    {
        lock (gate)
        {
            next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var covering = next.Task;
            if (!running)
            {
                running = true;
                _ = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }

            return covering;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            log?.Dispose();
            keeper?.Dispose();
            log = null;
            keeper = null;
        }
    }

    private void Run()
    {
        while (true)
        {
            TaskCompletionSource round;
            lock (gate)
            {
                if (next is null)
                {
                    running = false;
                    return;
                }

                round = next;
                next = null;
            }

            try
            {
                RandomAccess.FlushToDisk(Log());
                round.SetResult();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException or ObjectDisposedException)
            {
                round.SetException(ex);
            }
        }
    }

    private SafeFileHandle Log()
    {
        lock (gate)
        {
            if (log is not null)
            {
                return log;
            }

            keeper ??= Open();
            log = File.OpenHandle(databasePath + "-wal", FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return log;
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
