using ChatOps.Core.Records;
using ChatOps.Host.Settings;
using Microsoft.Extensions.Options;

namespace ChatOps.Host.Jobs;

/// <summary>Runs the outbox (write-backs, reminders, expiries) in the background, on instances that run workers.</summary>
internal sealed class OutboxService(OutboxWorker worker, IOptions<InboxSettings> settings) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.Workers)
        {
            // An ingest instance: the outbox lives in the shared database, and the worker instances run it.
            return;
        }

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
