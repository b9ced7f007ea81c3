using ChatOps.Ledger.Postgres;
using ChatOps.Ledger.Postgres.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PostgreSQL ledger store, for several stateless instances sharing one database.</summary>
public static class PostgresLedgerServiceCollectionExtensions
{
    /// <summary>The PostgreSQL store as the ledger (and the queues beside it), with <see cref="PostgresLedgerOptions"/> bound and validated at start-up.</summary>
    public static IServiceCollection AddPostgresLedger(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PostgresLedgerOptions>()
            .BindConfiguration("Ledger")
            .Configure<IConfiguration>((o, c) => o.ConnectionString ??= c.GetConnectionString("Ledger"))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgresLedgerOptions>, PostgresLedgerOptionsValidator>());
        return services.AddSqlLedger(sp => new PostgresLedgerStore(
            sp.GetRequiredService<IOptions<PostgresLedgerOptions>>().Value.ConnectionString!, sp.GetRequiredService<TimeProvider>()));
    }
}
