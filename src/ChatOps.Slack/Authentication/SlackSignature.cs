using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ChatOps.Slack.Authentication;

/// <summary>Slack's v0 request signature: <c>v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + rawBody))</c>.</summary>
public static class SlackSignature
{
    public const string Version = "v0";

    /// <summary>The longest timestamp header that is hashed; Slack sends ten digits.</summary>
    public const int MaxTimestampLength = 19;

    // Bodies up to this size are hashed in one piece with the prefix (Slack's events are a few kilobytes).
    private const int MaxJoinedBody = 16 * 1024;

    // "v0:", the longest timestamp, ":".
    private const int PrefixCapacity = 3 + MaxTimestampLength + 1;

    /// <summary>Writes the HMAC over the timestamp header exactly as received and the exact body bytes received.</summary>
    /// <remarks>
    /// The base string is built from the header's own characters, never from a number parsed out of it: a header of
    /// <c>0017…</c> must not verify against a signature made over <c>17…</c>.
    /// </remarks>
    public static void ComputeHash(ReadOnlySpan<byte> signingSecret, ReadOnlySpan<char> timestampHeader, ReadOnlySpan<byte> rawBody, Span<byte> hash)
    {
        Span<byte> prefix = stackalloc byte[PrefixCapacity];
        prefix = prefix[..WritePrefix(timestampHeader, prefix)];
        var length = prefix.Length + rawBody.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var baseString = rented.AsSpan(0, length);
            prefix.CopyTo(baseString);
            rawBody.CopyTo(baseString[prefix.Length..]);
            HMACSHA256.HashData(signingSecret, baseString, hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The same HMAC with a state already keyed with the secret (<see cref="IncrementalHash.CreateHMAC(HashAlgorithmName, byte[])"/>),
    /// fed the base string in pieces, so the body is not copied; the state is reset for its next use.
    /// </summary>
    public static void ComputeHash(IncrementalHash keyedHmac, ReadOnlySpan<char> timestampHeader, ReadOnlySpan<byte> rawBody, Span<byte> hash)
    {
        ArgumentNullException.ThrowIfNull(keyedHmac);
        Span<byte> prefix = stackalloc byte[PrefixCapacity];
        var length = WritePrefix(timestampHeader, prefix);
        if (rawBody.Length > MaxJoinedBody)
        {
            keyedHmac.AppendData(prefix[..length]);
            keyedHmac.AppendData(rawBody);
        }
        else
        {
            // One call into OpenSSL instead of two (each with its error-queue housekeeping): a copy of a few
            // kilobytes costs less than the second call.
            var joined = ArrayPool<byte>.Shared.Rent(length + rawBody.Length);
            try
            {
                prefix[..length].CopyTo(joined);
                rawBody.CopyTo(joined.AsSpan(length));
                keyedHmac.AppendData(joined, 0, length + rawBody.Length);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(joined);
            }
        }

        keyedHmac.GetHashAndReset(hash);
    }

    // "v0:" + the header's own characters + ":"; checks the header before anything is hashed.
    private static int WritePrefix(ReadOnlySpan<char> timestampHeader, Span<byte> prefix)
    {
        if (timestampHeader.Length is 0 or > MaxTimestampLength || !Ascii.IsValid(timestampHeader))
        {
            throw new ArgumentException("The timestamp must be 1 to 19 ASCII characters.", nameof(timestampHeader));
        }

        var at = Encoding.ASCII.GetBytes(Version, prefix);
        prefix[at++] = (byte)':';
        at += Encoding.ASCII.GetBytes(timestampHeader, prefix[at..]);
        prefix[at++] = (byte)':';
        return at;
    }

    /// <summary>The 32-byte HMAC for a timestamp as Slack sends it (its decimal digits).</summary>
    public static byte[] ComputeHash(string signingSecret, long timestamp, ReadOnlySpan<byte> rawBody)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        var hash = new byte[HMACSHA256.HashSizeInBytes];
        ComputeHash(Encoding.UTF8.GetBytes(signingSecret), timestamp.ToString(CultureInfo.InvariantCulture), rawBody, hash);
        return hash;
    }

    /// <summary>The header value Slack would send: <c>v0=</c> and lowercase hex.</summary>
    public static string Compute(string signingSecret, long timestamp, ReadOnlySpan<byte> rawBody) =>
        $"{Version}={Convert.ToHexStringLower(ComputeHash(signingSecret, timestamp, rawBody))}";
}
