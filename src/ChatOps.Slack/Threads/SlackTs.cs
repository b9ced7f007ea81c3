using System.Globalization;

namespace ChatOps.Slack.Threads;

/// <summary>Slack message timestamps (<c>1790000000.000100</c>): the message's id in its channel, and when it was said.</summary>
internal static class SlackTs
{
    public static decimal? Parse(string? ts) =>
        decimal.TryParse(ts, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static DateTimeOffset ToTime(decimal ts) => DateTimeOffset.FromUnixTimeMilliseconds((long)(ts * 1000));

    /// <summary>The message's permalink under the workspace address, as <c>chat.getPermalink</c> builds it, without a call per message.</summary>
    public static Uri Permalink(Uri workspace, string channel, string ts, string threadTs)
    {
        var path = $"archives/{Uri.EscapeDataString(channel)}/p{ts.Replace(".", string.Empty, StringComparison.Ordinal)}";
        var query = ts == threadTs ? string.Empty : $"?thread_ts={Uri.EscapeDataString(threadTs)}&cid={Uri.EscapeDataString(channel)}";
        return new Uri(workspace, path + query);
    }
}
