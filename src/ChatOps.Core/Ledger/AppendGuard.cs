namespace ChatOps.Core.Ledger;

/// <summary>
/// A condition an append checks in its own transaction, before it writes: the latest record of <paramref name="Kind"/>
/// for <paramref name="Workflow"/> that still has its content, and whether that record refuses the append (a workflow's
/// kill-switch). Read under the append's write lock, so a switch flipped by another instance is never missed between
/// the read and the write, and no separate read is paid for it.
/// </summary>
public sealed record AppendGuard(string Kind, string Workflow, Func<LedgerRecord, bool> Refuses);
