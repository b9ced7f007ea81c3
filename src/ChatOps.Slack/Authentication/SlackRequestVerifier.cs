using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace ChatOps.Slack.Authentication;

/// <summary>Checks a request's signature and timestamp against the configured signing secret; fails closed.</summary>
public sealed class SlackRequestVerifier(IOptionsMonitor<SlackOptions> options, TimeProvider timeProvider)
{
    /// <summary>Slack's replay window; applied both ways, so a timestamp from the future is refused too.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");

    // HMAC states keyed with the secret, made again only when the configured secret changes (swapped whole, so never torn).
    private SlackHmacPool? hmacs;

    /// <summary>Checks headers as received: each must come exactly once (a repeated header is refused, never joined or picked from).</summary>
    public SlackVerification Verify(StringValues timestampHeader, StringValues signatureHeader, ReadOnlySpan<byte> rawBody) =>
        timestampHeader.Count > 1 || signatureHeader.Count > 1
            ? SlackVerification.RepeatedHeaders
            : Verify(timestampHeader.ToString(), signatureHeader.ToString(), rawBody);

    public SlackVerification Verify(string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> rawBody)
    {
        var secret = options.CurrentValue.SigningSecret;
        if (string.IsNullOrWhiteSpace(secret))
        {
            return SlackVerification.NoSigningSecret;
        }

        if (string.IsNullOrEmpty(timestampHeader) || string.IsNullOrEmpty(signatureHeader))
        {
            return SlackVerification.MissingHeaders;
        }

        // Slack sends the Unix time in plain decimal digits; any other spelling (a sign, a leading zero, spaces, a
        // fraction, other digits) is not Slack's and is refused before anything is hashed.
        if (!IsCanonicalSeconds(timestampHeader))
        {
            return SlackVerification.MalformedTimestamp;
        }

        var timestamp = long.Parse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture);
        var now = timeProvider.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - timestamp) > (long)Window.TotalSeconds)
        {
            return SlackVerification.OutsideWindow;
        }

        var separator = signatureHeader.IndexOf('=', StringComparison.Ordinal);
        if (separator < 0 || !signatureHeader.AsSpan(0, separator).SequenceEqual(SlackSignature.Version))
        {
            return SlackVerification.UnknownVersion;
        }

        Span<byte> given = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (!TryDecodeHex(signatureHeader.AsSpan(separator + 1), given))
        {
            return SlackVerification.Mismatch;
        }

        // The base string is built from the header exactly as received (see SlackSignature).
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HmacsOf(secret).ComputeHash(timestampHeader, rawBody, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? SlackVerification.Valid : SlackVerification.Mismatch;
    }

    private static bool IsCanonicalSeconds(string header) =>
        header.Length is >= 1 and <= SlackSignature.MaxTimestampLength
        && !header.AsSpan().ContainsAnyExceptInRange('0', '9')
        && (header.Length == 1 || header[0] != '0')
        && long.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private SlackHmacPool HmacsOf(string secret)
    {
        if (Volatile.Read(ref hmacs) is { } known && string.Equals(known.Secret, secret, StringComparison.Ordinal))
        {
            return known;
        }

        var made = new SlackHmacPool(secret);
        Volatile.Write(ref hmacs, made);
        return made;
    }

    // Slack sends lowercase hex; anything else is refused, as Bolt's exact string compare refuses it.
    private static bool TryDecodeHex(ReadOnlySpan<char> hex, Span<byte> bytes) =>
        hex.Length == 2 * HMACSHA256.HashSizeInBytes
        && !hex.ContainsAnyExcept(LowerHex)
        && Convert.FromHexString(hex, bytes, out _, out var written) == System.Buffers.OperationStatus.Done
        && written == HMACSHA256.HashSizeInBytes;
}
