using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ChatOps.Core.Ledger;

/// <summary>
/// Checks records against their hashes with reused buffers and one reused SHA-256 context, so verifying millions of
/// records allocates almost nothing per record. One instance per thread.
/// </summary>
public sealed class RecordHasher : IDisposable
{
    private const int HashSize = SHA256.HashSizeInBytes;
    private const ChainColumns NotNull = ChainColumns.At | ChainColumns.Kind | ChainColumns.Workflow | ChainColumns.ContentHash | ChainColumns.PreviousHash | ChainColumns.Hash;
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ArrayBufferWriter<byte> header = new(512);
    private readonly Utf8JsonWriter writer;

    // OpenSSL's per-call setup costs as much as hashing a short record; one context reset between records does not.
    private readonly IncrementalHash sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[] payload = new byte[4096];
    private byte[] plainHeader = new byte[512];

    public RecordHasher() => writer = new Utf8JsonWriter(header, Options);

    /// <summary>True when the content matches its hash (unless redacted) and the header matches the record hash.</summary>
    public bool IsSelfConsistent(LedgerRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return (record.Payload is null || ContentMatches(record.Payload, record.ContentHash))
            && Matches(HeaderBytes(record.Sequence, record.At, record.Kind, record.Workflow, record.DraftId, record.Thread, record.Ticket, record.IdempotencyKey, record.ContentHash, record.PreviousHash), record.Hash);
    }

    /// <summary>
    /// The same check on a row's stored bytes: true exactly when <see cref="IsSelfConsistent(LedgerRecord)"/> is true
    /// for the record those bytes decode to. Bytes that are not valid UTF-8, or NULL in a column that may not be,
    /// give false, so the caller can judge the row as a record.
    /// </summary>
    public bool IsSelfConsistent(in ChainRow row)
    {
        if ((row.Nulls & NotNull) != 0 || (!row.IsNull(ChainColumns.Payload) && !(Utf8.IsValid(row.Payload) && Matches(row.Payload, row.ContentHash))))
        {
            return false;
        }

        var length = CanonicalHeader.MaxLength(row);
        if (plainHeader.Length < length)
        {
            plainHeader = new byte[Math.Max(length, plainHeader.Length * 2)];
        }

        if (CanonicalHeader.TryWrite(row, plainHeader, out var written))
        {
            return Matches(plainHeader.AsSpan(0, written), row.Hash);
        }

        return HeaderFieldsAreUtf8(row) && Matches(HeaderBytes(row.Sequence, Decode(row.At), Decode(row.Kind), Decode(row.Workflow), DecodeNullable(row, ChainColumns.DraftId),
            DecodeNullable(row, ChainColumns.Thread), DecodeNullable(row, ChainColumns.Ticket), DecodeNullable(row, ChainColumns.IdempotencyKey),
            Decode(row.ContentHash), Decode(row.PreviousHash)), row.Hash);
    }

    public bool ContentMatches(string canonicalPayload, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(canonicalPayload);
        var length = Encoding.UTF8.GetMaxByteCount(canonicalPayload.Length);
        if (payload.Length < length)
        {
            payload = new byte[Math.Max(length, payload.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(canonicalPayload, payload);
        return Matches(payload.AsSpan(0, written), contentHash);
    }

    public void Dispose()
    {
        writer.Dispose();
        sha.Dispose();
    }

    /// <summary>The header as canonical JSON; <see cref="LedgerHashes.Record(long, string, string, string, string?, string?, string?, string?, string, string)"/> writes the same bytes.</summary>
    private ReadOnlySpan<byte> HeaderBytes(long sequence, string at, string kind, string workflow, string? draftId, string? thread, string? ticket, string? idempotencyKey, string contentHash, string previousHash)
    {
        header.ResetWrittenCount();
        writer.Reset(header);
        LedgerHashes.WriteHeader(writer, sequence, at, kind, workflow, draftId, thread, ticket, idempotencyKey, contentHash, previousHash);
        writer.Flush();
        return header.WrittenSpan;
    }

    private static bool HeaderFieldsAreUtf8(in ChainRow r) =>
        Utf8.IsValid(r.At) && Utf8.IsValid(r.Kind) && Utf8.IsValid(r.Workflow) && Utf8.IsValid(r.DraftId) && Utf8.IsValid(r.Thread)
        && Utf8.IsValid(r.Ticket) && Utf8.IsValid(r.IdempotencyKey) && Utf8.IsValid(r.ContentHash) && Utf8.IsValid(r.PreviousHash);

    private static string Decode(ReadOnlySpan<byte> value) => Encoding.UTF8.GetString(value);

    private static string? DecodeNullable(in ChainRow row, ChainColumns column) => row.IsNull(column) ? null : Decode(row[column]);

    private bool Matches(ReadOnlySpan<byte> data, string expectedHex)
    {
        Span<byte> hash = stackalloc byte[HashSize];
        Hash(data, hash);
        Span<char> hex = stackalloc char[HashSize * 2];
        return Convert.TryToHexStringLower(hash, hex, out _) && hex.SequenceEqual(expectedHex);
    }

    /// <summary>Compares the stored hash as bytes: lowercase hex, exactly as <see cref="Matches(ReadOnlySpan{byte}, string)"/> compares it as text.</summary>
    private bool Matches(ReadOnlySpan<byte> data, ReadOnlySpan<byte> expectedHex)
    {
        Span<byte> hash = stackalloc byte[HashSize];
        Hash(data, hash);
        Span<byte> hex = stackalloc byte[HashSize * 2];
        return Convert.TryToHexStringLower(hash, hex, out _) && hex.SequenceEqual(expectedHex);
    }

    private void Hash(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        sha.AppendData(data);
        sha.GetHashAndReset(destination);
    }
}
