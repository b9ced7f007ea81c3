using ChatOps.Core.Ledger;
using ChatOps.Host.Settings;
using Microsoft.Extensions.Options;

namespace ChatOps.Host.Jobs;

/// <summary>Runs the retention sweep on a schedule (<c>Retention:IntervalHours</c>, daily by default), first shortly after start.</summary>
internal sealed partial class RetentionService(RetentionSweeper sweeper, IOptions<RetentionSettings> settings, TimeProvider time, ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.Enabled)
        {
            return;
        }

        try
        {
            await Task.Delay(settings.Value.FirstRun, time, stoppingToken);
            using var timer = new PeriodicTimer(settings.Value.Interval, time);
            do
            {
                try
                {
                    var report = await sweeper.RunAsync("host schedule", dryRun: false, stoppingToken);
                    LogSwept(logger, report.Records, report.Jobs, report.Inbox);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The next run tries again; nothing is half-redacted (each statement is atomic).
                    LogFailed(logger, ex.GetType().Name);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown.
        }
    }

    [LoggerMessage(EventId = 70, Level = LogLevel.Information, Message = "Retention: redacted {Records} ledger records, {Jobs} outbox jobs and {Inbox} inbox requests.")]
    private static partial void LogSwept(ILogger logger, int records, int jobs, int inbox);

    [LoggerMessage(EventId = 71, Level = LogLevel.Error, Message = "Retention failed with {ExceptionType}; it runs again at the next interval.")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
