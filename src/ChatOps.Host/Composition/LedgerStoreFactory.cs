using ChatOps.Host.Settings;
using ChatOps.Ledger.Postgres;
using ChatOps.Ledger.Sql;
using ChatOps.Ledger.Sqlite;

namespace ChatOps.Host.Composition;

/// <summary>Builds the configured ledger store: SQLite (embedded default) or PostgreSQL.</summary>
internal static class LedgerStoreFactory
{
    public static SqlLedgerStore Create(LedgerSettings settings, InboxSettings inbox, TimeProvider time) => settings.Provider switch
    {
        LedgerSettings.Postgres => new PostgresLedgerStore(settings.EffectiveConnectionString, time),
        _ => new SqliteLedgerStore(settings.EffectiveConnectionString, time, inbox.WaitForDisk),
    };
}
