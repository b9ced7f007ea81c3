using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ChatOps.Core.Ledger;

/// <summary>
/// The one writer of a record's header as canonical JSON, the bytes every record hash covers: keys in ordinal order,
/// no whitespace, values escaped as the relaxed JSON encoder escapes them. It writes from the stored UTF-8 bytes
/// (<see cref="ChainRow"/>); a record's strings are encoded to UTF-8 first, so both are hashed from the same bytes.
/// </summary>
internal static class CanonicalHeader
{
    /// <summary>Printable ASCII but the quote and the backslash: the bytes the relaxed JSON encoder copies as they are.</summary>
    private static readonly SearchValues<byte> Plain = SearchValues.Create([.. Enumerable.Range(0x20, 0x7F - 0x20).Where(b => b is not '"' and not '\\').Select(b => (byte)b)]);

    /// <summary>Text that is not valid UTF-16 (a lone surrogate) cannot be written, as the JSON writer refused it.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Keys, quotes and separators, plus room for the sequence number.</summary>
    private const int Overhead = 160;

    /// <summary>A byte escaped as <c>\u00XX</c> takes six.</summary>
    private const int MaxEscapedBytesPerByte = 6;

    /// <summary>
    /// Writes the row's header into <paramref name="buffer"/>, growing it when it is too small. False, writing nothing,
    /// when a text field is not valid UTF-8 (or NULL where a value is required): no record has such a header.
    /// </summary>
    public static bool TryWrite(in ChainRow r, ref byte[] buffer, out int written)
    {
        written = 0;
        if (!HeaderFieldsAreUtf8(r))
        {
            return false;
        }

        var plain = IsPlain(r.At) && IsPlain(r.ContentHash) && IsPlain(r.DraftId) && IsPlain(r.IdempotencyKey) && IsPlain(r.Kind)
            && IsPlain(r.PreviousHash) && IsPlain(r.Thread) && IsPlain(r.Ticket) && IsPlain(r.Workflow);
        var length = Overhead + ((r.At.Length + r.ContentHash.Length + r.DraftId.Length + r.IdempotencyKey.Length + r.Kind.Length + r.PreviousHash.Length
            + r.Thread.Length + r.Ticket.Length + r.Workflow.Length) * (plain ? 1 : MaxEscapedBytesPerByte));
        if (buffer.Length < length)
        {
            buffer = new byte[Math.Max(length, buffer.Length * 2)];
        }

        var d = buffer.AsSpan();
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

    /// <summary>The header of a record given as text: its fields encoded to UTF-8, then written by <see cref="TryWrite"/>.</summary>
    public static byte[] Of(long sequence, string at, string kind, string workflow, string? draftId, string? thread, string? ticket, string? idempotencyKey, string contentHash, string previousHash)
    {
        var nulls = (draftId is null ? ChainColumns.DraftId : 0) | (thread is null ? ChainColumns.Thread : 0) | (ticket is null ? ChainColumns.Ticket : 0)
            | (idempotencyKey is null ? ChainColumns.IdempotencyKey : 0);
        var row = new ChainRow
        {
            Sequence = sequence,
            At = StrictUtf8.GetBytes(at),
            Kind = StrictUtf8.GetBytes(kind),
            Workflow = StrictUtf8.GetBytes(workflow),
            DraftId = StrictUtf8.GetBytes(draftId ?? string.Empty),
            Thread = StrictUtf8.GetBytes(thread ?? string.Empty),
            Ticket = StrictUtf8.GetBytes(ticket ?? string.Empty),
            IdempotencyKey = StrictUtf8.GetBytes(idempotencyKey ?? string.Empty),
            ContentHash = StrictUtf8.GetBytes(contentHash),
            PreviousHash = StrictUtf8.GetBytes(previousHash),
            Nulls = nulls,
        };
        var buffer = Array.Empty<byte>();
        return TryWrite(row, ref buffer, out var written) ? buffer[..written] : throw new ArgumentException("A header field is not text.");
    }

    private static bool HeaderFieldsAreUtf8(in ChainRow r) =>
        (r.Nulls & (ChainColumns.At | ChainColumns.Kind | ChainColumns.Workflow | ChainColumns.ContentHash | ChainColumns.PreviousHash)) == 0
        && Utf8.IsValid(r.At) && Utf8.IsValid(r.Kind) && Utf8.IsValid(r.Workflow) && Utf8.IsValid(r.DraftId) && Utf8.IsValid(r.Thread)
        && Utf8.IsValid(r.Ticket) && Utf8.IsValid(r.IdempotencyKey) && Utf8.IsValid(r.ContentHash) && Utf8.IsValid(r.PreviousHash);

    private static bool IsPlain(ReadOnlySpan<byte> value) => !value.ContainsAnyExcept(Plain);

    private static void Text(Span<byte> destination, ref int at, ReadOnlySpan<byte> value, bool isNull)
    {
        if (isNull)
        {
            Put(destination, ref at, "null"u8);
            return;
        }

        destination[at++] = (byte)'"';
        // The JSON writer's own escaping, with the relaxed encoder, for the rare value that needs any.
        Put(destination, ref at, IsPlain(value) ? value : JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).EncodedUtf8Bytes);
        destination[at++] = (byte)'"';
    }

    private static void Put(Span<byte> destination, ref int at, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(destination[at..]);
        at += bytes.Length;
    }
}
