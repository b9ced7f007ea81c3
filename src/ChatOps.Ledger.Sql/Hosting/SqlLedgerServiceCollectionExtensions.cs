using ChatOps.Core.Conversations;
using ChatOps.Core.Drafting;
using ChatOps.Core.Jobs;
using ChatOps.Core.Ledger;
using ChatOps.Core.Stats;
using ChatOps.Ledger.Sql;
using ChatOps.Ledger.Sql.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The core's ports that a SQL ledger store serves, for the SQLite and PostgreSQL stores' <c>AddXyzLedger</c>.</summary>
public static class SqlLedgerServiceCollectionExtensions
{
    /// <summary>
    /// Registers <paramref name="create"/> as the one <see cref="SqlLedgerStore"/>, serves every port it implements
    /// from it (ledger, job queue, contacts, places, stats, search, retention, the shared drafting budget) and creates its
    /// tables before the host takes requests.
    /// </summary>
    public static IServiceCollection AddSqlLedger(this IServiceCollection services, Func<IServiceProvider, SqlLedgerStore> create)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(create);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(create);
        services.AddSingleton<ILedgerStore>(sp => sp.GetRequiredService<SqlLedgerStore>());
        services.AddSingleton<IJobQueue>(sp => sp.GetRequiredService<SqlLedgerStore>());
        services.AddSingleton<IContactBook>(sp => sp.GetRequiredService<SqlLedgerStore>());
        services.AddSingleton<IStatsStore>(sp => sp.GetRequiredService<SqlLedgerStore>());
        services.AddSingleton<ILedgerSearch>(sp => sp.GetRequiredService<SqlLedgerStore>());
        services.AddSingleton<IPlaceBook>(sp => sp.GetRequiredService<SqlLedgerStore>());
        services.AddSingleton<IRetentionStore>(sp => sp.GetRequiredService<SqlLedgerStore>());

        // Before drafting is added, which only adds its in-process budget when none is there: every instance shares this one.
        services.AddSingleton<IDraftingBudget>(sp => sp.GetRequiredService<SqlLedgerStore>());
        services.AddHostedService<LedgerInitializer>();
        services.AddHostedService<LedgerProjector>();
        return services;
    }
}
