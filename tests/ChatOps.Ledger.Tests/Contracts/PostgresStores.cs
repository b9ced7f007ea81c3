using ChatOps.Ledger.Postgres;
using ChatOps.Ledger.Sql;
using ChatOps.Testing.Postgres;
using Npgsql;

namespace ChatOps.Ledger.Tests.Contracts;

/// <summary>A fresh database on the shared throwaway PostgreSQL server per test.</summary>
public sealed class PostgresStores(PostgresFixture fixture) : IStoreFactory
{
    private readonly List<PostgresLedgerStore> stores = [];
    private string? connection;

    public string Connection => connection ?? throw new InvalidOperationException("Create a store first.");

    public async Task<SqlLedgerStore> CreateAsync(TimeProvider time)
    {
        connection ??= await fixture.CreateDatabaseAsync();
        var store = await PostgresLedgerStore.OpenAsync(connection, time);
        stores.Add(store);
        return store;
    }

    public async Task ExecuteSqlAsync(string sql)
    {
        await using var db = new NpgsqlConnection(Connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<long> QueryNumberAsync(string sql)
    {
        await using var db = new NpgsqlConnection(Connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }
}
