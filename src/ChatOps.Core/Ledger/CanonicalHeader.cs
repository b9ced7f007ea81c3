using System.Buffers;
using System.Buffers.Text;

namespace ChatOps.Core.Ledger;

/// <summary>
/// Writes a record's header as canonical JSON straight from its stored UTF-8 bytes, byte for byte what
/// <see cref="LedgerHashes.Record(long, string, string, string, string?, string?, string?, string?, string, string)"/>
/// hashes, for the common case where no field needs escaping; the caller falls back to the JSON writer otherwise.
/// </summary>
internal static class CanonicalHeader
{
    /// <summary>Printable ASCII but the quote and the backslash: the bytes the relaxed JSON encoder copies as they are.</summary>
    private static readonly SearchValues<byte> Plain = SearchValues.Create([.. Enumerable.Range(0x20, 0x7F - 0x20).Where(b => b is not '"' and not '\\').Select(b => (byte)b)]);

    /// <summary>Keys, quotes and separators, plus room for the sequence number.</summary>
    private const int Overhead = 160;

    public static int MaxLength(in ChainRow r) =>
        Overhead + r.At.Length + r.ContentHash.Length + r.DraftId.Length + r.IdempotencyKey.Length + r.Kind.Length + r.PreviousHash.Length
        + r.Thread.Length + r.Ticket.Length + r.Workflow.Length;

    /// <summary>False, writing nothing useful, when a field holds a byte the JSON writer would escape.</summary>
    public static bool TryWrite(in ChainRow r, Span<byte> destination, out int written)
    {
        written = 0;
        if (!IsPlain(r.At) || !IsPlain(r.ContentHash) || !IsPlain(r.DraftId) || !IsPlain(r.IdempotencyKey) || !IsPlain(r.Kind)
            || !IsPlain(r.PreviousHash) || !IsPlain(r.Thread) || !IsPlain(r.Ticket) || !IsPlain(r.Workflow))
        {
            return false;
        }

        var d = destination;
        var at = 0;
        Put(d, ref at, "{\"at\":"u8);
        Text(d, ref at, r.At, isNull: false);
        Put(d, ref at, ",\"content_hash\":"u8);
        Text(d, ref at, r.ContentHash, isNull: false);
        Put(d, ref at, ",\"draft\":"u8);
        Text(d, ref at, r.DraftId, r.IsNull(ChainColumns.DraftId));
        Put(d, ref at, ",\"idempotency_key\":"u8);
        Text(d, ref at, r.IdempotencyKey, r.IsNull(ChainColumns.IdempotencyKey));
        Put(d, ref at, ",\"kind\":"u8);
        Text(d, ref at, r.Kind, isNull: false);
        Put(d, ref at, ",\"prev\":"u8);
        Text(d, ref at, r.PreviousHash, isNull: false);
        Put(d, ref at, ",\"seq\":"u8);
        if (!Utf8Formatter.TryFormat(r.Sequence, d[at..], out var digits))
        {
            return false;
        }

        at += digits;
        Put(d, ref at, ",\"thread\":"u8);
        Text(d, ref at, r.Thread, r.IsNull(ChainColumns.Thread));
        Put(d, ref at, ",\"ticket\":"u8);
        Text(d, ref at, r.Ticket, r.IsNull(ChainColumns.Ticket));
        Put(d, ref at, ",\"workflow\":"u8);
        Text(d, ref at, r.Workflow, isNull: false);
        Put(d, ref at, "}"u8);
        written = at;
        return true;
    }

    private static bool IsPlain(ReadOnlySpan<byte> value) => !value.ContainsAnyExcept(Plain);

    private static void Text(Span<byte> destination, ref int at, ReadOnlySpan<byte> value, bool isNull)
    {
        if (isNull)
        {
            Put(destination, ref at, "null"u8);
            return;
        }

        destination[at++] = (byte)'"';
        Put(destination, ref at, value);
        destination[at++] = (byte)'"';
    }

    private static void Put(Span<byte> destination, ref int at, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(destination[at..]);
        at += bytes.Length;
    }
}
