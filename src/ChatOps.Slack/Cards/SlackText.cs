namespace ChatOps.Slack.Cards;

/// <summary>Escaping, safe truncation and link checks for text that goes into Block Kit.</summary>
public static class SlackText
{
    public const string Ellipsis = "…";

    /// <summary>Escapes the three characters Slack's mrkdwn treats as control (so <c>&lt;!channel&gt;</c> in a source stays text).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
    }

    /// <summary>At most <paramref name="max"/> UTF-16 units, cut with an ellipsis, never inside a surrogate pair or an escape.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, SafeCut(text, max - Ellipsis.Length)), Ellipsis);
    }

    /// <summary>The largest index ≤ <paramref name="max"/> at which <paramref name="text"/> can be cut without breaking a character or <c>&amp;amp;</c>.</summary>
    public static int SafeCut(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cut = Math.Clamp(max, 0, text.Length);
        if (cut > 0 && cut < text.Length && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        var amp = text.LastIndexOf('&', Math.Max(cut - 1, 0));
        if (amp >= 0 && cut - amp < 6 && text.IndexOf(';', amp) >= cut)
        {
            cut = amp;
        }

        return cut;
    }

    /// <summary>An http(s) address made safe for <c>&lt;url|text&gt;</c>, or null for anything else (no <c>javascript:</c>, no relative paths).</summary>
    public static string? LinkTarget(string? uri)
    {
        if (uri is null || !Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
        {
            return null;
        }

        return parsed.AbsoluteUri.Replace("|", "%7C", StringComparison.Ordinal)
            .Replace("<", "%3C", StringComparison.Ordinal)
            .Replace(">", "%3E", StringComparison.Ordinal);
    }
}
