using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using ChatOps.Core.Ledger;
using ChatOps.Ledger.Sql;
using Microsoft.Data.Sqlite;

namespace ChatOps.Ledger.Sqlite;

/// <summary>
/// The ledger in one SQLite file (WAL). Writers from any process serialise on <c>BEGIN IMMEDIATE</c>, waiting up to
/// the busy timeout, so the chain stays single. Writers in this process first queue on an in-process gate.
/// </summary>
/// <remarks>
/// Ledger records are synced to disk by their commit. Accepted jobs (chat requests, replies) are committed to the write-ahead log
/// without waiting for the disk, which a crash or kill of the process cannot lose, by <see cref="SqliteJobWriter"/>
/// on a connection of their own, and <see cref="WalSync"/> syncs the log behind them (rounds at most 5 ms apart when nobody waits for them); with
/// <c>acceptsWaitForDisk</c> their callers also wait for that sync (a power cut cannot lose them either). Either way
/// no writer holds the write lock while the disk syncs.
/// </remarks>
[SuppressMessage("Design", "CA1001", Justification = "The write gate's wait handle is never created, so the semaphore holds nothing to dispose.")]
public sealed class SqliteLedgerStore : SqlLedgerStore, IDisposable
{
    // A job's id is the rowid, without AUTOINCREMENT: AUTOINCREMENT keeps the highest id ever used in sqlite_sequence,
    // one more page written to the log by every commit of accepted requests, only so that the id of a deleted last row
    // is never handed out again. The one row ever deleted is a delivery claim (ForgetDeliveryAsync), which no worker
    // claims, lists or finishes by id, so a new job taking its number meets nothing; ids still grow with every insert.
    // JobIntake: an acknowledgement whose answer does not depend on the key being new (a Slack event) appends to
    // ledger_intake, a table without indexes, and the claim moves it into ledger_jobs: the unique key's and the due
    // index's pages were more than half of the log each accepted request wrote.
    private static readonly SqlDialect Dialect = new(
        SequenceColumn: "seq INTEGER PRIMARY KEY",
        JobIdColumn: "id INTEGER PRIMARY KEY",
        HeadForUpdate: "SELECT seq, hash FROM ledger_head WHERE id = 1",
        SkipLocked: string.Empty,
        TableExists: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @name",
        ClusteredTable: " WITHOUT ROWID",
        JobIntake: true);

    private readonly string connectionString;

    // Microsoft.Data.Sqlite answers a busy database by sleeping 150 ms and trying again, so two writers of this process
    // that meet at BEGIN IMMEDIATE cost the loser 150 ms. Queuing them here, in order, makes them meet only writers of
    // other processes.
    private readonly SemaphoreSlim writeGate = new(1, 1);

    /// <summary>How often the log is synced behind accepted requests when their answers do not wait for it.</summary>
    internal static readonly TimeSpan UnwaitedSyncPace = TimeSpan.FromMilliseconds(5);

    // What each physical connection of the pool has been set to (weak: the pool may close connections).
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, ConnectionMode> modes = new();

    private readonly WalSync walSync;
    private readonly SqliteJobWriter jobWriter;
    private readonly SqliteAppendWriter appendWriter;
    private readonly SqliteBudgetWriter budgetWriter;
    private readonly Func<LedgerAppend, LedgerHead, List<LedgerRecord>> seal;
    private readonly bool acceptsWaitForDisk;
    private bool walEnsured;

    /// <param name="path">The ledger file.</param>
    /// <param name="time">The clock for record times.</param>
    /// <param name="acceptsWaitForDisk">Whether an accepted inbox request is answered only once it is synced to disk (see remarks).</param>
    public SqliteLedgerStore(string path, TimeProvider time, bool acceptsWaitForDisk = true)
        : base(Dialect, time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        walSync = new WalSync(path, acceptsWaitForDisk ? TimeSpan.Zero : UnwaitedSyncPace);
        this.acceptsWaitForDisk = acceptsWaitForDisk;
        var settings = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        };
        connectionString = settings.ToString();

        // Its own connection, outside the pool: its pragmas (no sync, no checkpoint) must not reach other writers.
        settings.Pooling = false;
        jobWriter = new SqliteJobWriter(settings.ToString());
        appendWriter = new SqliteAppendWriter(settings.ToString());
        budgetWriter = new SqliteBudgetWriter(settings.ToString(), ReserveSql);
        seal = Seal;
    }

    /// <summary>Opens (creating if needed) the ledger file at <paramref name="path"/> with its tables in place.</summary>
    public static async Task<SqliteLedgerStore> OpenAsync(string path, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var store = new SqliteLedgerStore(path, time);
        await store.InitializeAsync(cancellationToken);
        return store;
    }

    public override async Task ReadChainAsync(long fromSequence, IChainRowSink sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sink);
        await using var connection = (SqliteConnection)await OpenAsync(cancellationToken);
        await SqliteChainReader.ReadAsync(connection, fromSequence, sink, cancellationToken);
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        try
        {
            // A pooled open hands back a physical connection that keeps its pragmas, so they are set once per physical
            // connection, not on every open; only a connection that bookkeeping left at NORMAL is set back to FULL.
            var handle = connection.Handle!;
            if (!modes.TryGetValue(handle, out var mode))
            {
                // FULL syncs each commit so a decision survives power loss. WAL (set once, kept in the file) lets readers
                // run beside the writer and makes a commit one append and one sync; the first open of this store makes
                // sure of it, because a store made with the constructor (the host's) would otherwise run in
                // rollback-journal mode, which pays a journal file and several syncs per commit.
                await PragmaAsync(connection, Volatile.Read(ref walEnsured)
                    ? "PRAGMA synchronous = FULL; PRAGMA mmap_size = 4294967296; PRAGMA cache_size = -65536;"
                    : "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA mmap_size = 4294967296; PRAGMA cache_size = -65536;", cancellationToken);
                Volatile.Write(ref walEnsured, true);
                modes.AddOrUpdate(handle, new ConnectionMode());
            }
            else if (mode.Relaxed)
            {
                await PragmaAsync(connection, "PRAGMA synchronous = FULL;", cancellationToken);
                mode.Relaxed = false;
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        return connection;
    }

    private static async Task PragmaAsync(SqliteConnection connection, string pragmas, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Constant pragmas.
        command.CommandText = pragmas;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose()
    {
        jobWriter.Dispose();
        appendWriter.Dispose();
        budgetWriter.Dispose();
        walSync.Dispose();
    }

    protected override async Task<bool[]> InsertJobsAsync(IReadOnlyList<JobRequest> jobs, CancellationToken cancellationToken)
    {
        await EnsureWalAsync(cancellationToken);
        await writeGate.WaitAsync(cancellationToken);
        bool[] added;
        try
        {
            added = jobWriter.Insert(jobs);
        }
        finally
        {
            writeGate.Release();
        }

        await SyncAcceptedAsync(cancellationToken);
        return added;
    }

    /// <remarks>
    /// A deferred append without jobs (a draft and its model calls, a check's result) goes through
    /// <see cref="SqliteAppendWriter"/>'s prepared statements; every other append, and every one on PostgreSQL, through
    /// the shared SQL. Both run the same checks in the same order under the same write lock.
    /// </remarks>
    protected override async Task<AppendResult> WriteAppendAsync(LedgerAppend append, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(append);
        if (append.Durability != LedgerDurability.Deferred || append.Jobs.Count > 0)
        {
            return await base.WriteAppendAsync(append, cancellationToken);
        }

        await EnsureWalAsync(cancellationToken);
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            return appendWriter.Append(append, seal);
        }
        finally
        {
            writeGate.Release();
        }
    }

    /// <remarks>Every model draft takes its place before it calls the model: on prepared statements, as the inbox's jobs.</remarks>
    protected override async Task<(long Drafts, long CostNanos)?> ReserveAsync(string workflow, string day, long maxDrafts, long maxNanos, CancellationToken cancellationToken)
    {
        await EnsureWalAsync(cancellationToken);
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            return budgetWriter.Reserve(workflow, day, maxDrafts, maxNanos);
        }
        finally
        {
            writeGate.Release();
        }
    }

    // The inbox writer's connection must not be the one that turns WAL on (a connection of the pool does it).
    private async ValueTask EnsureWalAsync(CancellationToken cancellationToken)
    {
        if (!Volatile.Read(ref walEnsured))
        {
            await (await OpenAsync(cancellationToken)).DisposeAsync();
        }
    }

    private Task SyncAcceptedAsync(CancellationToken cancellationToken)
    {
        if (acceptsWaitForDisk)
        {
            return walSync.SyncAsync().WaitAsync(cancellationToken);
        }

        StartSync();
        return Task.CompletedTask;
    }

    /// <remarks>Not waited for: a failed sync shows at the next synced commit, which fails the same way.</remarks>
    protected override void StartSync() =>
        _ = walSync.SyncAsync().ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    /// <remarks>
    /// A claim or completion is not synced to disk on its own: the process dying loses nothing (the log is in the
    /// operating system's cache), and a power cut that loses one only runs its request again. The next synced commit,
    /// such as an accepted request or a ledger record, carries it to disk. This keeps the worker from paying a sync to
    /// disk for every claim on a busy host. <see cref="OpenAsync(CancellationToken)"/> sets FULL again on the connection's next open.
    /// </remarks>
    protected override async Task<DbTransaction> BeginBookkeepingAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var sqlite = (SqliteConnection)connection;
        var mode = modes.GetOrCreateValue(sqlite.Handle!);
        if (!mode.Relaxed)
        {
            await PragmaAsync(sqlite, "PRAGMA synchronous = NORMAL;", cancellationToken);
            mode.Relaxed = true;
        }

        return await BeginWriteAsync(connection, cancellationToken);
    }

    /// <remarks>
    /// Microsoft.Data.Sqlite has no async overload that takes <c>deferred</c>; SQLite calls block anyway. The gate is
    /// held until the connection closes: every writer disposes its connection right after its commit or rollback, and
    /// Microsoft.Data.Sqlite offers no hook on the transaction's end.
    /// </remarks>
    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var sqlite = (SqliteConnection)connection;
        await writeGate.WaitAsync(cancellationToken);
        SqliteTransaction transaction;
        try
        {
            transaction = sqlite.BeginTransaction(deferred: false);
        }
        catch
        {
            writeGate.Release();
            throw;
        }

        StateChangeEventHandler? release = null;
        release = (_, change) =>
        {
            if (change.CurrentState == ConnectionState.Closed)
            {
                sqlite.StateChange -= release;
                writeGate.Release();
            }
        };
        sqlite.StateChange += release;
        return transaction;
    }

    /// <summary>A physical connection's sync level: FULL, or NORMAL (relaxed) since bookkeeping last used it.</summary>
    private sealed class ConnectionMode
    {
        public bool Relaxed { get; set; }
    }
}
