using ChatOps.Core.Records;

namespace ChatOps.Host.Jobs;

/// <summary>Runs the outbox (write-backs, reminders, expiries) in the background, for as long as the host runs.</summary>
internal sealed class OutboxService(OutboxWorker worker) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await worker.RunUntilCancelledAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: claimed jobs not finished come back when their lease runs out.
        }
    }
}
