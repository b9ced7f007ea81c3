using Npgsql;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ChatOps.Testing.Postgres;

/// <summary>
/// One PostgreSQL server for every PostgreSQL test of a test assembly; each test gets its own database. The server must
/// start: a test that cannot reach it fails, it is never skipped. At the end it reports how many PostgreSQL tests ran.
/// </summary>
public sealed class PostgresFixture : IDisposable
{
    private readonly IMessageSink messages;
    private readonly Lazy<PostgresServer> server = new(PostgresServer.Start);
    private int databases;

    public PostgresFixture(IMessageSink messages) => this.messages = messages;

    /// <summary>How many tests asked for a PostgreSQL database.</summary>
    public int TestsRun => Volatile.Read(ref databases);

    /// <summary>A fresh, empty database on the shared server, as a connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var number = Interlocked.Increment(ref databases);
        var name = $"ledger_{number}_{Guid.NewGuid():N}"[..30];
        await using (var admin = new NpgsqlConnection(server.Value.ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        return server.Value.ConnectionString(name);
    }

    /// <summary>A PgBouncer in session pooling mode in front of the shared server; route a database's connection string through it.</summary>
    public Task<PgBouncerServer> StartPgBouncerAsync() => PgBouncerServer.StartAsync(server.Value.Port, PostgresServer.User);

    public void Dispose()
    {
        var line = $"PostgreSQL tests run: {TestsRun}";
        Console.WriteLine(line);
        messages.OnMessage(new DiagnosticMessage(line));
        var summary = Environment.GetEnvironmentVariable("CHATOPS_PG_TEST_COUNT_FILE");
        if (!string.IsNullOrEmpty(summary))
        {
            PostgresTestCount.Add(summary, TestsRun);
        }

        if (server.IsValueCreated)
        {
            NpgsqlConnection.ClearAllPools();
            server.Value.Dispose();
        }
    }
}
