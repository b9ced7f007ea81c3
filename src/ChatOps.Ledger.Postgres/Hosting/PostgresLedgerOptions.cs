namespace ChatOps.Ledger.Postgres.Hosting;

/// <summary>The PostgreSQL ledger's settings: its connection string (<c>ConnectionStrings:Ledger</c> or <c>Ledger:ConnectionString</c>).</summary>
public sealed class PostgresLedgerOptions
{
    public string? ConnectionString { get; set; }
}
