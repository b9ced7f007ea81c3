using System.Text.Json.Nodes;

namespace ChatOps.Core.Ledger;

/// <summary>A record as one line of a JSONL export: header, content (null once redacted) and hashes; the CLI and the console write the same.</summary>
public static class LedgerJsonl
{
    public static JsonObject Line(LedgerRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new JsonObject
        {
            ["seq"] = r.Sequence, ["at"] = r.At, ["kind"] = r.Kind, ["workflow"] = r.Workflow, ["draft"] = r.DraftId,
            ["thread"] = r.Thread, ["ticket"] = r.Ticket, ["idempotency_key"] = r.IdempotencyKey,
            ["payload"] = r.Payload is null ? null : JsonNode.Parse(r.Payload), ["redacted"] = r.IsRedacted,
            ["content_hash"] = r.ContentHash, ["prev_hash"] = r.PreviousHash, ["hash"] = r.Hash,
        };
    }
}
