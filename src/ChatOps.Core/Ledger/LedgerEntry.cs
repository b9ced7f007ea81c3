using System.Text.Json.Nodes;

namespace ChatOps.Core.Ledger;

/// <summary>An event to append: what happened, to which draft, thread and ticket, and its content.</summary>
/// <remarks>IdempotencyKey: When set, a second entry with the same key is recorded once (a double click, a retried webhook).</remarks>
public sealed record LedgerEntry(
    string Kind,
    string Workflow,
    string? DraftId,
    string? Thread,
    string? Ticket,
    string? IdempotencyKey,
    JsonObject Payload);
