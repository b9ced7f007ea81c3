using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace ChatOps.Slack.Tests.Support;

/// <summary>Signs test requests the way Slack does, written out here rather than calling the code under test.</summary>
public static class TestSigner
{
    public const string Secret = "test-secret";

    public static string Sign(string secret, long timestamp, byte[] body)
    {
        var baseString = Encoding.UTF8.GetBytes($"v0:{timestamp.ToString(CultureInfo.InvariantCulture)}:").Concat(body).ToArray();
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), baseString));
    }

    /// <summary>A POST with the body and, unless null, the two Slack headers.</summary>
    public static HttpRequestMessage Request(Uri url, string body, string contentType, string? timestamp, string? signature, int? retryNum = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Slack-Request-Timestamp", timestamp);
        }

        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Slack-Signature", signature);
        }

        if (retryNum is not null)
        {
            request.Headers.Add("X-Slack-Retry-Num", retryNum.Value.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return request;
    }

    /// <summary>A correctly signed POST at <paramref name="timestamp"/>.</summary>
    public static HttpRequestMessage SignedPost(Uri url, string body, string contentType, long timestamp, int? retryNum = null) =>
        Request(url, body, contentType, timestamp.ToString(CultureInfo.InvariantCulture), Sign(Secret, timestamp, Encoding.UTF8.GetBytes(body)), retryNum);
}
