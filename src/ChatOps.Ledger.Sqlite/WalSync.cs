using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Microsoft.Win32.SafeHandles;

namespace ChatOps.Ledger.Sqlite;

/// <summary>
/// Syncs the ledger file's write-ahead log to disk behind commits that did not sync it themselves, and checkpoints
/// the log into the database for the writer that leaves checkpoints to it (<see cref="SqliteJobWriter"/>). One
/// sync runs at a time, on one thread kept for it, and covers every commit made before it started;
/// <see cref="SyncAsync"/> completes with the first sync that starts after the call, so a commit's caller may wait
/// for it or leave it running. Meanwhile the next commits go on: a busy inbox pays one sync per round of commits, and
/// none of them holds the write lock during a sync.
/// </summary>
/// <remarks>
/// A connection is kept open for as long as this lives, because SQLite deletes the log when its last connection
/// closes; so the handle synced here is always the live log's. The thread is started on the first sync and kept:
/// starting one per round of syncs cost a thread's creation every few milliseconds on a busy inbox.
/// </remarks>
[SuppressMessage("Design", "CA1001", Justification = "The semaphore has no wait handle (only Wait and Release are used), so it holds nothing to dispose.")]
internal sealed class WalSync(string databasePath, TimeSpan pace = default) : IDisposable
{
    // A passive checkpoint at most this often while syncs run: a busy inbox appends about 1,000 pages (SQLite's own
    // automatic checkpoint size) in this time, and each checkpoint copies only what is new.
    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromMilliseconds(200);

    private readonly Lock gate = new();
    private readonly SemaphoreSlim wake = new(0, 1);
    private SqliteConnection? keeper;
    private SafeFileHandle? log;
    private TaskCompletionSource? next;
    private Thread? thread;
    private bool sleeping;
    private bool disposed;
    private bool closed;
    private long lastCheckpoint;

    /// <summary>Completes once every commit made before this call is on disk.</summary>
    public Task SyncAsync()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (thread is null)
            {
                thread = new Thread(Run) { IsBackground = true, Name = "ChatOps ledger log sync" };
                thread.Start();
            }
            else if (sleeping)
            {
                sleeping = false;
                wake.Release();
            }

            return next.Task;
        }
    }

    public void Dispose()
    {
        Thread? running;
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            running = thread;
            if (sleeping)
            {
                sleeping = false;
                wake.Release();
            }
        }

        running?.Join(TimeSpan.FromSeconds(10));
        lock (gate)
        {
            next?.TrySetException(new ObjectDisposedException(nameof(WalSync)));
            next = null;
            closed = true;
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
            TaskCompletionSource? round;
            lock (gate)
            {
                round = next;
                next = null;
                if (round is null && disposed)
                {
                    return;
                }

                // Set under the lock, so a sync asked for from here on wakes this thread exactly once.
                sleeping = round is null;
            }

            if (round is null)
            {
                wake.Wait();
                continue;
            }

            var started = Environment.TickCount64;
            try
            {
                RandomAccess.FlushToDisk(Log());
                round.SetResult();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException or ObjectDisposedException)
            {
                round.SetException(ex);
                continue;
            }

            CheckpointIfDue();
            KeepPace(started);
        }
    }

    // When nobody waits for the syncs (commits answered at the commit), one round every `pace` is enough: the log is
    // in the operating system's cache, so a process kill loses nothing, and a power cut loses at most the last `pace`.
    // Back to back, syncs cost about a tenth of a busy inbox's CPU in the file system and block layer.
    private void KeepPace(long started)
    {
        var rest = (long)pace.TotalMilliseconds - (Environment.TickCount64 - started);
        if (rest > 0 && !Volatile.Read(ref disposed))
        {
            Thread.Sleep(TimeSpan.FromMilliseconds(rest));
        }
    }

    // Passive: copies what no reader still needs and never waits for or blocks a writer. The next writer after a
    // complete checkpoint starts the log again from its beginning, so the file stops growing.
    private void CheckpointIfDue()
    {
        var now = Environment.TickCount64;
        if (now - lastCheckpoint < CheckpointInterval.TotalMilliseconds)
        {
            return;
        }

        lastCheckpoint = now;
        try
        {
            using var checkpoint = keeper!.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            checkpoint.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // A checkpoint that could not run now runs after a later sync; the log only grows meanwhile.
        }
    }

    private SafeFileHandle Log()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(closed, this);
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
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = NORMAL;";
        pragma.ExecuteNonQuery();
        return connection;
    }
}
