using Microsoft.Extensions.Hosting;

namespace ChatOps.Ledger.Sql.Hosting;

/// <summary>Creates the ledger's tables before the host takes requests.</summary>
internal sealed class LedgerInitializer(SqlLedgerStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
