using ChatOps.Core.Conversations.Flows;
using ChatOps.Core.Ledger;
using ChatOps.Host.Settings;
using Microsoft.Extensions.Options;

namespace ChatOps.Host.Jobs;

/// <summary>
/// Shows pauses and resumes made outside chat (<c>chatops workflow pause|resume</c> writes straight to the ledger) on
/// the waiting approval cards: looks for new switch records every <see cref="Poll"/>, and at start shows each workflow's
/// latest one (it may have been flipped while no host ran). A flip made in chat is shown once, not twice: notices are keyed.
/// </summary>
internal sealed partial class WorkflowSwitchWatcher(
    ILedgerStore ledger, ControlFlow controls, IOptions<InboxSettings> settings, TimeProvider time, ILogger<WorkflowSwitchWatcher> logger) : BackgroundService
{
    /// <summary>How often the ledger is read for new pauses and resumes.</summary>
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.Workers)
        {
            // An ingest instance: the worker instances show the flips.
            return;
        }

        try
        {
            long? seen = null;
            using var timer = new PeriodicTimer(Poll, time);
            do
            {
                try
                {
                    seen ??= await ShowLatestAsync(stoppingToken);
                    foreach (var record in (await SwitchesAsync(stoppingToken)).Where(r => r.Sequence > seen))
                    {
                        await controls.ShowSwitchAsync(record, stoppingToken);
                        seen = record.Sequence;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The next poll tries again from the last flip shown.
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

    private async Task<long> ShowLatestAsync(CancellationToken cancellationToken)
    {
        var switches = await SwitchesAsync(cancellationToken);
        foreach (var latest in switches.GroupBy(r => r.Workflow, StringComparer.Ordinal).Select(g => g.Last()))
        {
            await controls.ShowSwitchAsync(latest, cancellationToken);
        }

        return switches.Count == 0 ? 0 : switches[^1].Sequence;
    }

    private async Task<IReadOnlyList<LedgerRecord>> SwitchesAsync(CancellationToken cancellationToken) =>
        (await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.WorkflowSwitched), cancellationToken)).OrderBy(r => r.Sequence).ToList();

    [LoggerMessage(EventId = 72, Level = LogLevel.Warning, Message = "Showing a workflow's pause or resume on its cards failed with {ExceptionType}; the next look tries again.")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
