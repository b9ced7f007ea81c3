using System.Text.Json.Nodes;
using ChatOps.Core.Ledger;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Approvals;

/// <summary>The run-time kill-switch of a workflow: each flip is a ledger record saying who and why.</summary>
public sealed class WorkflowSwitch(ILedgerStore ledger, TimeProvider time)
{
    public async Task<bool> IsSwitchedOffAsync(string workflow, CancellationToken cancellationToken = default)
    {
        var flips = await ledger.QueryAsync(new LedgerQuery(Kind: LedgerRecordKinds.WorkflowSwitched, Workflow: workflow), cancellationToken);
        var last = flips.LastOrDefault(r => r.Payload is not null);
        return last is not null && JsonNode.Parse(last.Payload!)?["enabled"]?.GetValue<bool>() == false;
    }

    public async Task<LedgerRecord> SwitchAsync(string workflow, bool enabled, Person by, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var result = await ledger.AppendAsync(LedgerAppend.Of(ApprovalEntries.Switched(workflow, enabled, by, reason, time.GetUtcNow())), cancellationToken);
        return result.Records[0];
    }
}
