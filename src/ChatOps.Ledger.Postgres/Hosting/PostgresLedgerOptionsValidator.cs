using Microsoft.Extensions.Options;
using Npgsql;

namespace ChatOps.Ledger.Postgres.Hosting;

/// <summary>Stops the host when the PostgreSQL connection string is missing or cannot be read, naming the setting (never its value: it may hold a password).</summary>
internal sealed class PostgresLedgerOptionsValidator : IValidateOptions<PostgresLedgerOptions>
{
    public ValidateOptionsResult Validate(string? name, PostgresLedgerOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail("Ledger:Provider is postgres but ConnectionStrings:Ledger is empty; set it to a PostgreSQL connection string (environment: ConnectionStrings__Ledger).");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException)
        {
            return ValidateOptionsResult.Fail("ConnectionStrings:Ledger is not a PostgreSQL connection string; set it to one such as Host=db;Database=chatops;Username=chatops (environment: ConnectionStrings__Ledger).");
        }
    }
}
