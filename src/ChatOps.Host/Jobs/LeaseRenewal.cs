using ChatOps.Core.Jobs;

namespace ChatOps.Host.Jobs;

/// <summary>
/// Keeps the leases of a claim alive while its jobs run: every third of a lease they are extended by a whole
/// lease, so a request slower than one lease (a slow model) is not taken over by another instance and run twice.
/// If this process dies the renewals stop, the leases run out and another worker takes the requests, as it should.
/// </summary>
internal sealed partial class LeaseRenewal : IAsyncDisposable
{
    private readonly IJobQueue store;
    private readonly IReadOnlyCollection<long> ids;
    private readonly TimeSpan lease;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    private LeaseRenewal(IJobQueue store, IReadOnlyCollection<long> ids, TimeSpan lease, TimeProvider time, ILogger logger)
    {
        this.store = store;
        this.ids = ids;
        this.lease = lease;
        this.time = time;
        this.logger = logger;
        loop = RenewAsync(stop.Token);
    }

    public static LeaseRenewal Start(IJobQueue store, IReadOnlyCollection<long> ids, TimeSpan lease, TimeProvider time, ILogger logger) =>
        new(store, ids, lease, time, logger);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        stop.Dispose();
    }

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(lease / 3, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    var now = time.GetUtcNow();
                    await store.RenewAsync(ids, now, now + lease, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The next tick tries again; until then the lease itself still holds.
                    LogRenewFailed(logger, ex.GetType().Name, ids.Count);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The claim is finished.
        }
    }

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Renewing the leases of {Count} jobs failed with {ExceptionType}; retrying at the next tick.")]
    private static partial void LogRenewFailed(ILogger logger, string exceptionType, int count);
}
