using System.Text.RegularExpressions;

namespace ChatOps.Core.Checking.Text;

/// <summary>Finds http(s) URLs, leaving out trailing punctuation and an unbalanced closing parenthesis.</summary>
internal static partial class UrlScanner
{
    /// <summary>Adds the URLs of [span] to <paramref name="found"/> (a list the caller reuses).</summary>
    public static void Scan(string text, TextSpan span, List<TextSpan> found)
    {
        // Every URL holds "://": most statements have none, and one search for it costs less than the pattern's scan.
        if (!text.AsSpan(span.Start, span.Length).Contains("://", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var match in Candidate().EnumerateMatches(text.AsSpan(span.Start, span.Length)))
        {
            var start = span.Start + match.Index;
            var end = start + match.Length;
            end = TrimEnd(text, start, end);
            if (end - start > "https://".Length - 1)
            {
                found.Add(new TextSpan(start, end));
            }
        }
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start)
        {
            var last = text[end - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '*')
            {
                end--;
                continue;
            }

            if (last == ')' && !IsBalanced(text, start, end))
            {
                end--;
                continue;
            }

            break;
        }

        return end;
    }

    private static bool IsBalanced(string text, int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
        }

        return depth >= 0;
    }

    [GeneratedRegex(@"https?://[^\s<>""'`\[\]\u201C\u201D\u2018\u2019\u200B\u200C\u200D\u2060\uFEFF]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
