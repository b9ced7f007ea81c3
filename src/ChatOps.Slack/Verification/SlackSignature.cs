using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ChatOps.Slack.Verification;

/// <summary>Slack's v0 request signature: <c>v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + rawBody))</c>.</summary>
public static class SlackSignature
{
    public const string Version = "v0";

    /// <summary>The 32-byte HMAC over the exact bytes received.</summary>
    public static byte[] ComputeHash(string signingSecret, long timestamp, ReadOnlySpan<byte> rawBody)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        var prefix = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Version}:{timestamp}:"));
        var baseString = new byte[prefix.Length + rawBody.Length];
        prefix.CopyTo(baseString, 0);
        rawBody.CopyTo(baseString.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), baseString);
    }

    /// <summary>The header value Slack would send: <c>v0=</c> and lowercase hex.</summary>
    public static string Compute(string signingSecret, long timestamp, ReadOnlySpan<byte> rawBody) =>
        $"{Version}={Convert.ToHexStringLower(ComputeHash(signingSecret, timestamp, rawBody))}";
}
