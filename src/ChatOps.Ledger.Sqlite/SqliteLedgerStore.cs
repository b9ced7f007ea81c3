using System.Data.Common;
using ChatOps.Core.Ledger;
using ChatOps.Ledger.Sql;
using Microsoft.Data.Sqlite;

namespace ChatOps.Ledger.Sqlite;

/// <summary>
/// The ledger in one SQLite file (WAL). Writers from any process serialise on <c>BEGIN IMMEDIATE</c>, waiting up to
/// the busy timeout, so the chain stays single.
/// </summary>
public sealed class SqliteLedgerStore : SqlLedgerStore
{
    private static readonly SqlDialect Dialect = new(
        SequenceColumn: "seq INTEGER PRIMARY KEY",
        JobIdColumn: "id INTEGER PRIMARY KEY AUTOINCREMENT",
        HeadForUpdate: "SELECT seq, hash FROM ledger_head WHERE id = 1",
        SkipLocked: string.Empty);

    private readonly string connectionString;

    public SqliteLedgerStore(string path, TimeProvider time)
        : base(Dialect, time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
    }

    /// <summary>Opens (creating if needed) the ledger file at <paramref name="path"/> with its tables in place.</summary>
    public static async Task<SqliteLedgerStore> OpenAsync(string path, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var store = new SqliteLedgerStore(path, time);
        await store.UseWriteAheadLogAsync(cancellationToken);
        await store.InitializeAsync(cancellationToken);
        return store;
    }

    public override async Task ReadChainAsync(long fromSequence, IChainRowSink sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sink);
        await using var connection = (SqliteConnection)await OpenAsync(cancellationToken);
        await SqliteChainReader.ReadAsync(connection, fromSequence, sink, cancellationToken);
    }

    private async Task UseWriteAheadLogAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragmas = connection.CreateCommand();

        // FULL syncs each commit so a decision survives power loss. WAL (set once, kept in the file) lets readers run beside the writer.
        pragmas.CommandText = "PRAGMA synchronous = FULL; PRAGMA mmap_size = 4294967296; PRAGMA cache_size = -65536;";
        await pragmas.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <remarks>Microsoft.Data.Sqlite has no async overload that takes <c>deferred</c>; SQLite calls block anyway.</remarks>
    protected override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
}
