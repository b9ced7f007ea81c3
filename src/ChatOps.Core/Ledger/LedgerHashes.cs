using System.Security.Cryptography;
using System.Text;

namespace ChatOps.Core.Ledger;

/// <summary>
/// The chain's hashes. A record's hash covers its header and the hash of its content, not the content itself,
/// so retention can redact content and the chain still verifies.
/// </summary>
public static class LedgerHashes
{
    /// <summary>The previous hash of the first record.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Content(string canonicalPayload) => Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalPayload)));

    /// <summary>SHA-256 of the header's canonical JSON (<see cref="CanonicalHeader"/>, keys in ordinal order).</summary>
    public static string Record(long sequence, string at, string kind, string workflow, string? draftId, string? thread, string? ticket, string? idempotencyKey, string contentHash, string previousHash) =>
        Hex(SHA256.HashData(CanonicalHeader.Of(sequence, at, kind, workflow, draftId, thread, ticket, idempotencyKey, contentHash, previousHash)));

    public static string Record(LedgerRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return Record(r.Sequence, r.At, r.Kind, r.Workflow, r.DraftId, r.Thread, r.Ticket, r.IdempotencyKey, r.ContentHash, r.PreviousHash);
    }

    /// <summary>Seals an entry into the record that follows <paramref name="previousHash"/> at <paramref name="sequence"/>.</summary>
    public static LedgerRecord Seal(LedgerEntry entry, long sequence, DateTimeOffset at, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var payload = CanonicalJson.Serialize(entry.Payload);
        var when = LedgerTime.Format(at);
        var contentHash = Content(payload);
        var hash = Record(sequence, when, entry.Kind, entry.Workflow, entry.DraftId, entry.Thread, entry.Ticket, entry.IdempotencyKey, contentHash, previousHash);
        return new LedgerRecord(sequence, when, entry.Kind, entry.Workflow, entry.DraftId, entry.Thread, entry.Ticket, entry.IdempotencyKey, payload, contentHash, previousHash, hash);
    }

    private static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);
}
