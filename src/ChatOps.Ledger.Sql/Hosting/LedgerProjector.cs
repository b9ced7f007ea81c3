using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatOps.Ledger.Sql.Hosting;

/// <summary>Folds the ledger's projections (scorecard figures, actors, thread names) behind the appends, off the requests' path.</summary>
internal sealed partial class LedgerProjector(SqlLedgerStore store, ILogger<LedgerProjector> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await store.ProjectBehindAppendsAsync(ex => LogFailed(logger, ex.GetType().Name), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: what is left is folded by the next read or the next start.
        }
    }

    // The type only: a database's message may quote a connection setting.
    [LoggerMessage(EventId = 80, Level = LogLevel.Warning, Message = "Folding the ledger's projections failed with {ExceptionType}; the next append folds again, and a read of the scorecard or the ledger search catches up first.")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
