using Microsoft.Extensions.Options;

namespace ChatOps.Host.Settings;

/// <summary>Checks the host's settings at start-up; every message names the setting and how to fix it.</summary>
internal sealed class SettingsValidator : IValidateOptions<LedgerSettings>, IValidateOptions<PolicySettings>
{
    public ValidateOptionsResult Validate(string? name, LedgerSettings options)
    {
        if (options.Provider is not (LedgerSettings.Sqlite or LedgerSettings.Postgres))
        {
            return ValidateOptionsResult.Fail($"Ledger:Provider is \"{options.Provider}\"; set it to \"sqlite\" or \"postgres\" (environment: Ledger__Provider).");
        }

        return options.Provider == LedgerSettings.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString)
            ? ValidateOptionsResult.Fail("Ledger:Provider is postgres but ConnectionStrings:Ledger is empty; set it to a PostgreSQL connection string (environment: ConnectionStrings__Ledger).")
            : ValidateOptionsResult.Success;
    }

    public ValidateOptionsResult Validate(string? name, PolicySettings options) =>
        options.Path is { Length: > 0 } path && !File.Exists(path)
            ? ValidateOptionsResult.Fail($"Policy:Path is \"{path}\" but there is no such file; fix the path or remove the setting to use the shipped default (environment: Policy__Path).")
            : ValidateOptionsResult.Success;
}
