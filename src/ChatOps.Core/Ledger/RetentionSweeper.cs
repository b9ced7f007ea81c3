using ChatOps.Core.Ledger.Records;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Ledger;

/// <summary>
/// Redacts the content of records older than their workflow's retention period (the hashes stay, so the chain
/// verifies), and the copies of that text the outbox and the inbox still hold. A run (not a dry run) is recorded.
/// </summary>
public sealed class RetentionSweeper(ILedgerStore ledger, ChatOpsPolicy policy, TimeProvider time, IRetentionStore? copies = null)
{
    /// <summary>The workflow name retention runs are recorded under (they concern every workflow).</summary>
    public const string AllWorkflows = "(all)";

    /// <summary>Redacts what is due in every workflow and returns how many records were redacted.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default) =>
        (await RunAsync("retention", dryRun: false, cancellationToken)).Records;

    /// <summary>Redacts (or, on a dry run, counts) what is due; records who ran it unless it was a dry run.</summary>
    public async Task<RetentionReport> RunAsync(string by, bool dryRun, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var byWorkflow = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var jobs = 0;
        foreach (var workflow in policy.Workflows.Values)
        {
            var before = now - TimeSpan.FromDays(workflow.RetentionDays);
            byWorkflow[workflow.Name] = dryRun && copies is not null
                ? await copies.CountRedactableAsync(workflow.Name, before, cancellationToken)
                : dryRun ? 0 : await ledger.RedactAsync(workflow.Name, before, cancellationToken);
            jobs += copies is null ? 0 : await copies.RedactJobsAsync(workflow.Name, before, dryRun, cancellationToken);
        }

        // The inbox is not kept per workflow: its handled requests go with the shortest retention of any workflow.
        var shortest = policy.Workflows.Values.Select(w => w.RetentionDays).DefaultIfEmpty(365).Min();
        var inbox = copies is null ? 0 : await copies.RedactInboxAsync(now - TimeSpan.FromDays(shortest), dryRun, cancellationToken);
        var report = new RetentionReport(byWorkflow, jobs, inbox, dryRun);
        if (!dryRun)
        {
            var body = new RetentionRunV1(by, LedgerTime.Format(now), byWorkflow, jobs, inbox);
            await ledger.AppendAsync(LedgerAppend.Of(LedgerBodies.Entry(body, AllWorkflows, null, null, null, null)), cancellationToken);
        }

        return report;
    }
}
