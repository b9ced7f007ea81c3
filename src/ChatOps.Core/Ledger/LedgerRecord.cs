namespace ChatOps.Core.Ledger;

/// <summary>A stored ledger record: the entry as appended, its place in the chain and its hashes.</summary>
/// <remarks>Payload: The canonical JSON content, or null once retention has redacted it (the hashes stay).</remarks>
public sealed record LedgerRecord(
    long Sequence,
    string At,
    string Kind,
    string Workflow,
    string? DraftId,
    string? Thread,
    string? Ticket,
    string? IdempotencyKey,
    string? Payload,
    string ContentHash,
    string PreviousHash,
    string Hash)
{
    public bool IsRedacted => Payload is null;

    public DateTimeOffset Timestamp => LedgerTime.Parse(At);
}
