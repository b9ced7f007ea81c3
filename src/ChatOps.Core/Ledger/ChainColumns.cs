namespace ChatOps.Core.Ledger;

/// <summary>The text columns of a stored record, as flags: which of a <see cref="ChainRow"/>'s columns are SQL NULL.</summary>
[Flags]
public enum ChainColumns
{
    None = 0,
    At = 1 << 0,
    Kind = 1 << 1,
    Workflow = 1 << 2,
    DraftId = 1 << 3,
    Thread = 1 << 4,
    Ticket = 1 << 5,
    IdempotencyKey = 1 << 6,
    Payload = 1 << 7,
    ContentHash = 1 << 8,
    PreviousHash = 1 << 9,
    Hash = 1 << 10,
}
