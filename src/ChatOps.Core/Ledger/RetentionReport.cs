using System.Globalization;

namespace ChatOps.Core.Ledger;

/// <summary>What a retention run redacted (or, on a dry run, would redact): records per workflow, outbox jobs, inbox requests.</summary>
public sealed record RetentionReport(IReadOnlyDictionary<string, int> RecordsByWorkflow, int Jobs, int Inbox, bool DryRun)
{
    public int Records => RecordsByWorkflow.Values.Sum();

    /// <summary>One line per workflow with something due, then the copies, then the total.</summary>
    public IEnumerable<string> Lines()
    {
        var verb = DryRun ? "would redact" : "redacted";
        foreach (var (workflow, count) in RecordsByWorkflow.Where(p => p.Value > 0))
        {
            yield return $"{workflow}: {verb} {count.ToString(CultureInfo.InvariantCulture)} record(s)";
        }

        yield return $"outbox: {verb} {Jobs.ToString(CultureInfo.InvariantCulture)} finished job(s); inbox: {verb} {Inbox.ToString(CultureInfo.InvariantCulture)} handled request(s)";
        yield return $"total: {verb} {Records.ToString(CultureInfo.InvariantCulture)} record(s); hashes stay, so the chain still verifies";
    }
}
