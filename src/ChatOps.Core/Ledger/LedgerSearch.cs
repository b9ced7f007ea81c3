namespace ChatOps.Core.Ledger;

/// <summary>
/// A ledger browser search: records of a thread (<c>channel/conversation/thread</c>, or its short name, the last part),
/// a ticket, a draft, or a person
/// (who drafted, submitted or decided). <see cref="Any"/> matches any of the four.
/// </summary>
public sealed record LedgerSearch(string? Any = null, string? Thread = null, string? Ticket = null, string? DraftId = null, string? Person = null)
{
    public bool IsEmpty => Any is null && Thread is null && Ticket is null && DraftId is null && Person is null;
}
