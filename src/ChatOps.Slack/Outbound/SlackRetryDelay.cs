using System.Globalization;
using System.Net.Http.Headers;

namespace ChatOps.Slack.Outbound;

/// <summary>How long to wait before retrying: Slack's <c>Retry-After</c> for 429, jittered exponential backoff otherwise.</summary>
internal static class SlackRetryDelay
{
    public static readonly TimeSpan BackoffBase = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan BackoffCap = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>Full-range jitter around base·2^attempt (×0.5 to ×1.5), never more than the cap.</summary>
    public static TimeSpan Backoff(int attempt, double unitRandom)
    {
        var exponential = BackoffBase.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 10));
        var jittered = exponential * (0.5 + unitRandom);
        return TimeSpan.FromMilliseconds(Math.Min(jittered, BackoffCap.TotalMilliseconds));
    }

    public static TimeSpan RetryAfter(HttpResponseHeaders headers, DateTimeOffset now)
    {
        var header = headers.RetryAfter;
        if (header?.Delta is { } delta && delta > TimeSpan.Zero)
        {
            return delta;
        }

        if (header?.Date is { } date && date > now)
        {
            return date - now;
        }

        // Some proxies send a bare number that the typed parser rejects.
        return headers.TryGetValues("Retry-After", out var raw)
            && int.TryParse(raw.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : DefaultRetryAfter;
    }
}
