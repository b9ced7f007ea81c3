using Microsoft.Extensions.Options;

namespace ChatOps.Ledger.Sqlite.Hosting;

/// <summary>Refuses a ledger path that names a folder, so the host stops at start-up instead of on its first request.</summary>
internal sealed class SqliteLedgerOptionsValidator : IValidateOptions<SqliteLedgerOptions>
{
    public ValidateOptionsResult Validate(string? name, SqliteLedgerOptions options) =>
        Directory.Exists(options.Path)
            ? ValidateOptionsResult.Fail($"ConnectionStrings:Ledger is \"{options.Path}\", which is a folder; set it to a SQLite file path such as {Path.Combine(options.Path, SqliteLedgerOptions.DefaultPath)} (environment: ConnectionStrings__Ledger).")
            : ValidateOptionsResult.Success;
}
