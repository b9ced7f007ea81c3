using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace ChatOps.Slack.Verification;

/// <summary>Checks a request's signature and timestamp against the configured signing secret; fails closed.</summary>
public sealed class SlackRequestVerifier(IOptionsMonitor<SlackOptions> options, TimeProvider timeProvider)
{
    /// <summary>Slack's replay window; applied both ways, so a timestamp from the future is refused too.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");

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

        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return SlackVerification.MalformedTimestamp;
        }

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

        var expected = SlackSignature.ComputeHash(secret, timestamp, rawBody);
        var given = TryDecodeHex(signatureHeader.AsSpan(separator + 1));
        return given is not null && CryptographicOperations.FixedTimeEquals(expected, given)
            ? SlackVerification.Valid
            : SlackVerification.Mismatch;
    }

    // Slack sends lowercase hex; anything else is refused, as Bolt's exact string compare refuses it.
    private static byte[]? TryDecodeHex(ReadOnlySpan<char> hex)
    {
        if (hex.Length != 64 || hex.ContainsAnyExcept(LowerHex))
        {
            return null;
        }

        var bytes = new byte[32];
        return Convert.FromHexString(hex, bytes, out _, out var written) == System.Buffers.OperationStatus.Done && written == 32 ? bytes : null;
    }
}
