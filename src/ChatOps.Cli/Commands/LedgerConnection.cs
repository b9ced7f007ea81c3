using System.CommandLine;
using ChatOps.Cli.Input;
using ChatOps.Ledger.Postgres;
using ChatOps.Ledger.Sql;
using ChatOps.Ledger.Sqlite;
using Npgsql;

namespace ChatOps.Cli.Commands;

/// <summary>The <c>--ledger</c> option every ledger command takes, and opening the store it names.</summary>
internal static class LedgerConnection
{
    /// <summary>The environment variable that configures the default ledger.</summary>
    public const string Variable = "CHATOPS_LEDGER";

    /// <summary>The embedded default when nothing is configured.</summary>
    public const string DefaultPath = "chatops-ledger.db";

    public static Option<string> Option() => new("--ledger")
    {
        Description = $"The ledger: a SQLite file path or a PostgreSQL connection string (Host=…;Database=…). Default: ${Variable}, else {DefaultPath}.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured : DefaultPath,
    };

    public static bool IsPostgres(string connection) => connection.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens an existing ledger; a SQLite path that does not exist is bad input, not a new empty ledger.</summary>
    public static async Task<SqlLedgerStore> OpenAsync(string connection, CancellationToken cancellationToken)
    {
        if (!IsPostgres(connection))
        {
            return File.Exists(connection)
                ? await SqliteLedgerStore.OpenAsync(connection, TimeProvider.System, cancellationToken)
                : throw new CliInputException($"--ledger \"{connection}\": no ledger file there; pass --ledger PATH or a PostgreSQL connection string, or set {Variable}.");
        }

        try
        {
            return await PostgresLedgerStore.OpenAsync(connection, TimeProvider.System, cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            throw new CliInputException($"--ledger: cannot open the PostgreSQL ledger ({ex.Message}).");
        }
    }

    /// <summary>Releases the store's connections when it holds any of its own.</summary>
    public static async ValueTask CloseAsync(SqlLedgerStore store)
    {
        if (store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
