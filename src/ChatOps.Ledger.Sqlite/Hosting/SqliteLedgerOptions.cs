namespace ChatOps.Ledger.Sqlite.Hosting;

/// <summary>The SQLite ledger's settings: the file (<c>ConnectionStrings:Ledger</c> or <c>Ledger:ConnectionString</c>) and <c>Inbox:WaitForDisk</c>.</summary>
public sealed class SqliteLedgerOptions
{
    /// <summary>The file used when no connection string is set: beside the host, in its working folder.</summary>
    public const string DefaultPath = "chatops-ledger.db";

    /// <summary>A SQLite file path; empty means <see cref="DefaultPath"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Off (the default), a request is answered once it is in the database's write-ahead log, which a crash or kill
    /// of the process cannot lose, and the log is synced to disk right behind it. On, the answer also waits for that
    /// sync, so a power cut cannot lose it either. SQLite only: PostgreSQL syncs each commit on its own terms.
    /// </summary>
    public bool WaitForDisk { get; set; }

    public string Path => string.IsNullOrWhiteSpace(ConnectionString) ? DefaultPath : ConnectionString;
}
