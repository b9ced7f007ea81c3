using ChatOps.Core.Policy;

namespace ChatOps.Core.Ledger;

/// <summary>Redacts the content of records older than their workflow's retention period; the hashes stay, so the chain verifies.</summary>
public sealed class RetentionSweeper(ILedgerStore ledger, ChatOpsPolicy policy, TimeProvider time)
{
    /// <summary>Redacts what is due in every workflow and returns how many records were redacted.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var redacted = 0;
        foreach (var workflow in policy.Workflows.Values)
        {
            redacted += await ledger.RedactAsync(workflow.Name, now - TimeSpan.FromDays(workflow.RetentionDays), cancellationToken);
        }

        return redacted;
    }
}
