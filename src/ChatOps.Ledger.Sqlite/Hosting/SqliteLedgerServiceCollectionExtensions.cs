using ChatOps.Ledger.Sqlite;
using ChatOps.Ledger.Sqlite.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SQLite ledger store, the embedded default.</summary>
public static class SqliteLedgerServiceCollectionExtensions
{
    /// <summary>The SQLite store as the ledger (and the queues beside it), with <see cref="SqliteLedgerOptions"/> bound and validated at start-up.</summary>
    public static IServiceCollection AddSqliteLedger(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SqliteLedgerOptions>()
            .BindConfiguration("Ledger")
            .Configure<IConfiguration>((o, c) =>
            {
                o.ConnectionString ??= c.GetConnectionString("Ledger");
                c.GetSection("Inbox").Bind(o);
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteLedgerOptions>, SqliteLedgerOptionsValidator>());
        return services.AddSqlLedger(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SqliteLedgerOptions>>().Value;
            return new SqliteLedgerStore(options.Path, sp.GetRequiredService<TimeProvider>(), options.WaitForDisk);
        });
    }
}
