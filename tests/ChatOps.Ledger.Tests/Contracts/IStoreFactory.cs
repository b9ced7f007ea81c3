using ChatOps.Ledger.Sql;

namespace ChatOps.Ledger.Tests.Contracts;

/// <summary>Makes a fresh ledger store for one test, and can change its database behind its back (to tamper).</summary>
public interface IStoreFactory : IAsyncDisposable
{
    /// <summary>What <c>--ledger</c> takes for this store: a SQLite path or a PostgreSQL connection string.</summary>
    string Connection { get; }

    Task<SqlLedgerStore> CreateAsync(TimeProvider time);

    Task ExecuteSqlAsync(string sql);

    /// <summary>The first column of the first row of <paramref name="sql"/>, as a number.</summary>
    Task<long> QueryNumberAsync(string sql);
}
