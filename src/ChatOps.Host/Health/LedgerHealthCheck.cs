using ChatOps.Core.Ledger;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatOps.Host.Health;

/// <summary>Ready only when the ledger answers: reading its head proves the database is reachable and initialised.</summary>
internal sealed class LedgerHealthCheck(ILedgerStore ledger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var head = await ledger.HeadAsync(cancellationToken);
            return HealthCheckResult.Healthy($"ledger head at {head.Sequence}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("the ledger database does not answer", ex);
        }
    }
}
