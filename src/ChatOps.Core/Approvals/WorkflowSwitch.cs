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
        return flips.LastOrDefault(r => r.Payload is not null) is { } last ? PauseOf(last) : null;
    }

    /// <summary>Refuses an append while the workflow is paused, checked in the append's own transaction.</summary>
    public static AppendGuard WhileRunning(string workflow) =>
        new(LedgerRecordKinds.WorkflowSwitched, workflow, static flip => PauseOf(flip) is not null);

    /// <summary>The pause a workflow's latest switch record says, or null when it switched the workflow on.</summary>
    public static WorkflowPause? PauseOf(LedgerRecord flip)
    {
        ArgumentNullException.ThrowIfNull(flip);
        return LedgerBodies.Read<WorkflowSwitchedV1>(flip) is { Enabled: false } p
            ? new WorkflowPause(flip.Workflow, p.By ?? "someone", p.Reason ?? string.Empty, flip.Timestamp)
            : null;
    }

    public async Task<LedgerRecord> SwitchAsync(string workflow, bool enabled, Person by, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var result = await ledger.AppendAsync(LedgerAppend.Of(ApprovalEntries.Switched(workflow, enabled, by, reason, time.GetUtcNow())), cancellationToken);
        return result.Records[0];
    }
}
