using ChatOps.Ledger.Sql;
using ChatOps.Ledger.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChatOps.Ledger.Tests.Contracts;

/// <summary>A fresh SQLite ledger file per test.</summary>
public sealed class SqliteStores : IStoreFactory
{
    private readonly string directory = Directory.CreateTempSubdirectory("chatops-ledger-").FullName;
    private readonly List<SqliteLedgerStore> stores = [];

    public string Connection => Path.Combine(directory, "ledger.db");

    public async Task<SqlLedgerStore> CreateAsync(TimeProvider time)
    {
        var store = await SqliteLedgerStore.OpenAsync(Connection, time);
        stores.Add(store);
        return store;
    }

    public async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Connection};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async Task<long> QueryNumberAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Connection};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync()
    {
        // The stores first: a read's fold starts the log sync behind it, whose thread opens the log (and its index) again;
        // deleting the folder while it did so failed with "Directory not empty" in a CI run.
        foreach (var store in stores)
        {
            store.Dispose();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
