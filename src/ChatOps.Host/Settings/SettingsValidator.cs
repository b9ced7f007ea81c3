using Microsoft.Extensions.Options;

namespace ChatOps.Host.Settings;

/// <summary>Checks the host's settings at start-up; every message names the setting and how to fix it.</summary>
internal sealed class SettingsValidator : IValidateOptions<LedgerSettings>, IValidateOptions<PolicySettings>
{
    public ValidateOptionsResult Validate(string? name, LedgerSettings options) =>
        options.Provider is not (LedgerSettings.Sqlite or LedgerSettings.Postgres)
            ? ValidateOptionsResult.Fail($"Ledger:Provider is \"{options.Provider}\"; set it to \"sqlite\" or \"postgres\" (environment: Ledger__Provider).")
            : ValidateOptionsResult.Success;

    public ValidateOptionsResult Validate(string? name, PolicySettings options) =>
        options.Path is { Length: > 0 } path && !File.Exists(path)
            ? ValidateOptionsResult.Fail($"Policy:Path is \"{path}\" but there is no such file; fix the path or remove the setting to use the shipped default (environment: Policy__Path).")
            : ValidateOptionsResult.Success;
}
