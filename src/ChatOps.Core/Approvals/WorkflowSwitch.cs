using ChatOps.Core.Ledger;
using ChatOps.Core.Ledger.Records;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Approvals;

/// <summary>The run-time kill-switch of a workflow: each flip is a ledger record saying who and why.</summary>
public sealed class WorkflowSwitch(ILedgerStore ledger, TimeProvider time)
{
    public async Task<bool> IsSwitchedOffAsync(string workflow, CancellationToken cancellationToken = default) =>
        await PauseOfAsync(workflow, cancellationToken) is not null;

    /// <summary>Who paused the workflow, why and when; null when it runs.</summary>
    public async Task<WorkflowPause?> PauseOfAsync(string workflow, CancellationToken cancellationToken = default)
    {
        var flips = await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.WorkflowSwitched, Workflow: workflow), cancellationToken);
        var last = flips.LastOrDefault(r => r.Payload is not null);
        if (last is null || LedgerBodies.Read<WorkflowSwitchedV1>(last) is not { Enabled: false } p)
        {
            return null;
        }

        return new WorkflowPause(workflow, p.By ?? "someone", p.Reason ?? string.Empty, last.Timestamp);
    }

    public async Task<LedgerRecord> SwitchAsync(string workflow, bool enabled, Person by, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var result = await ledger.AppendAsync(LedgerAppend.Of(ApprovalEntries.Switched(workflow, enabled, by, reason, time.GetUtcNow())), cancellationToken);
        return result.Records[0];
    }
}
