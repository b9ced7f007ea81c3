namespace ChatOps.Host.Settings;

/// <summary>Where the ledger (and the job queue beside it) lives: <c>Ledger:Provider</c> and <c>ConnectionStrings:Ledger</c>.</summary>
public sealed class LedgerSettings
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary><c>sqlite</c> (the embedded default) or <c>postgres</c> (several instances).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>A SQLite file path, or a PostgreSQL connection string; SQLite defaults to <c>chatops-ledger.db</c>.</summary>
    public string? ConnectionString { get; set; }

    public string EffectiveConnectionString =>
        string.IsNullOrWhiteSpace(ConnectionString) && Provider == Sqlite ? "chatops-ledger.db" : ConnectionString ?? "";
}
