using System.Security.Cryptography;
using System.Text;
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

    // OpenSSL's per-call setup costs as much as hashing a short record; one context reset between records does not.
    private readonly IncrementalHash sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[] payload = new byte[4096];
    private byte[] header = new byte[512];

    /// <summary>True when the content matches its hash (unless redacted) and the header matches the record hash.</summary>
    public bool IsSelfConsistent(LedgerRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return (record.Payload is null || ContentMatches(record.Payload, record.ContentHash))
            && Matches(CanonicalHeader.Of(record.Sequence, record.At, record.Kind, record.Workflow, record.DraftId, record.Thread, record.Ticket, record.IdempotencyKey, record.ContentHash, record.PreviousHash), record.Hash);
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

        return CanonicalHeader.TryWrite(row, ref header, out var written) && Matches(header.AsSpan(0, written), row.Hash);
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

    public void Dispose() => sha.Dispose();

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
