using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ChatOps.Records.Webhook;

/// <summary>
/// The webhook signature: <c>X-ChatOps-Signature: v1=hex(HMAC-SHA256(secret, "v1:" + timestamp + ":" + body))</c>
/// with <c>X-ChatOps-Timestamp</c> in Unix seconds. Receivers recompute it, compare in constant time, and refuse
/// timestamps more than five minutes old.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-ChatOps-Signature";
    public const string TimestampHeader = "X-ChatOps-Timestamp";
    public const string IdempotencyHeader = "Idempotency-Key";
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var prefix = Encoding.UTF8.GetBytes($"v1:{timestamp.ToString(CultureInfo.InvariantCulture)}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    /// <summary>What a receiver does: true only for a fresh timestamp and a matching signature.</summary>
    public static bool Verify(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (signature is null || !long.TryParse(timestamp, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > MaxAge)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, seconds, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }
}
