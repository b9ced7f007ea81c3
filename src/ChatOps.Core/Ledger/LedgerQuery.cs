namespace ChatOps.Core.Ledger;

/// <summary>Filters for a ledger query; each one given must match. Thread is <c>channel/thread id</c>.</summary>
public sealed record LedgerQuery(string? DraftId = null, string? Thread = null, string? Ticket = null, string? Kind = null, string? Workflow = null)
{
    public bool IsEmpty => DraftId is null && Thread is null && Ticket is null && Kind is null && Workflow is null;
}
