namespace ChatOps.Host.Settings;

/// <summary>Which store holds the ledger (and the job queue beside it): <c>Ledger:Provider</c>; each store reads its own connection settings.</summary>
public sealed class LedgerSettings
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary><c>sqlite</c> (the embedded default) or <c>postgres</c> (several instances).</summary>
    public string Provider { get; set; } = Sqlite;
}
