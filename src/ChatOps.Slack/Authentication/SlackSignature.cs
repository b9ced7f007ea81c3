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

    // "v0:", the longest timestamp, ":".
    private const int PrefixCapacity = 3 + MaxTimestampLength + 1;

    /// <summary>Writes the HMAC over the timestamp header exactly as received and the exact body bytes received.</summary>
    /// <remarks>
    /// The base string is built from the header's own characters, never from a number parsed out of it: a header of
    /// <c>0017…</c> must not verify against a signature made over <c>17…</c>.
    /// </remarks>
    public static void ComputeHash(ReadOnlySpan<byte> signingSecret, ReadOnlySpan<char> timestampHeader, ReadOnlySpan<byte> rawBody, Span<byte> hash)
    {
        var baseString = RentBaseString(timestampHeader, rawBody, out var length);
        try
        {
            HMACSHA256.HashData(signingSecret, baseString.AsSpan(0, length), hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(baseString);
        }
    }

    /// <summary>
    /// The same HMAC with a state already keyed with the secret (<see cref="IncrementalHash.CreateHMAC(HashAlgorithmName, byte[])"/>),
    /// so the key is not set up again; the state is reset for its next use.
    /// </summary>
    /// <remarks>
    /// The base string is fed in one call, not as prefix and body: each call into OpenSSL clears its error queue, and
    /// that second call cost more than copying a few kilobytes of body.
    /// </remarks>
    public static void ComputeHash(IncrementalHash keyedHmac, ReadOnlySpan<char> timestampHeader, ReadOnlySpan<byte> rawBody, Span<byte> hash)
    {
        ArgumentNullException.ThrowIfNull(keyedHmac);
        var baseString = RentBaseString(timestampHeader, rawBody, out var length);
        try
        {
            keyedHmac.AppendData(baseString, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(baseString);
        }

        keyedHmac.GetHashAndReset(hash);
    }

    // "v0:" + timestamp + ":" + body in a pooled array (its first `length` bytes); the caller returns it.
    private static byte[] RentBaseString(ReadOnlySpan<char> timestampHeader, ReadOnlySpan<byte> rawBody, out int length)
    {
        Span<byte> prefix = stackalloc byte[PrefixCapacity];
        prefix = prefix[..WritePrefix(timestampHeader, prefix)];
        length = prefix.Length + rawBody.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        prefix.CopyTo(rented);
        rawBody.CopyTo(rented.AsSpan(prefix.Length));
        return rented;
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
