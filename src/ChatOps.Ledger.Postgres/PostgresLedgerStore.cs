using System.Data.Common;
using ChatOps.Core.Ledger;
using ChatOps.Ledger.Sql;
using Npgsql;

namespace ChatOps.Ledger.Postgres;

/// <summary>
/// The ledger on PostgreSQL. Each append locks the head row (<c>FOR UPDATE</c>), so appends from every instance and
/// process form one chain; workers claim jobs with <c>FOR UPDATE SKIP LOCKED</c>.
/// </summary>
public sealed class PostgresLedgerStore : SqlLedgerStore, IAsyncDisposable
{
    private static readonly SqlDialect Dialect = new(
        SequenceColumn: "seq BIGINT PRIMARY KEY",
        JobIdColumn: "id BIGSERIAL PRIMARY KEY",
        HeadForUpdate: "SELECT seq, hash FROM ledger_head WHERE id = 1 FOR UPDATE",
        SkipLocked: " FOR UPDATE SKIP LOCKED",
        TableExists: "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @name",
        SchemaLock: "SELECT pg_advisory_xact_lock(7312001);\n");

    private readonly NpgsqlDataSource dataSource;

    public PostgresLedgerStore(string connectionString, TimeProvider time)
        : base(Dialect, time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!settings.ContainsKey("Read Buffer Size"))
        {
            // Verify streams the whole table; 64 KiB socket reads wait an eighth as often as Npgsql's 8 KiB default.
            settings.ReadBufferSize = 64 * 1024;
        }

        // The ledger uses built-in types only. Loading the server's type catalogue on a data source's first connection
        // was most of a short command's time (chatops stats opens one per run): 100+ ms on a loaded machine.
        var builder = new NpgsqlDataSourceBuilder(settings.ConnectionString);
        builder.ConfigureTypeLoading(types => types.EnableTypeLoading(false));
        dataSource = builder.Build();
    }

    /// <summary>Connects to the ledger database and creates its tables if they are missing.</summary>
    public static async Task<PostgresLedgerStore> OpenAsync(string connectionString, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var store = new PostgresLedgerStore(connectionString, time);
        await store.InitializeAsync(cancellationToken);
        return store;
    }

    public override async Task ReadChainAsync(long fromSequence, IChainRowSink sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sink);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await PostgresChainReader.ReadAsync(connection, fromSequence, sink, cancellationToken);
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    /// <remarks>Transaction-scoped advisory locks in the job queue's own class, one statement per key so they are taken in order.</remarks>
    protected override async Task LockJobKeysAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> sortedKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sortedKeys);
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('ledger_jobs'), hashtext(@key))", (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        var key = new NpgsqlParameter<string>("key", "");
        command.Parameters.Add(key);
        foreach (var jobKey in sortedKeys)
        {
            key.TypedValue = jobKey;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <remarks>40P01 deadlock_detected, 40001 serialization_failure.</remarks>
    protected override bool IsWriteConflict(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };
}
