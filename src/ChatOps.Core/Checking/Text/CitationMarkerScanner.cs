namespace ChatOps.Core.Checking.Text;

/// <summary>Finds citation markers: brackets of comma-separated tokens that are not links, task boxes or the UNKNOWN label.</summary>
internal static class CitationMarkerScanner
{
    public static bool TryMatchAt(string text, int open, int end, out int markerEnd) =>
        TryParse(text, open, end, out markerEnd, ids: null, pool: null);

    /// <summary>
    /// The markers of [span] into lists the caller reuses: each marker's span, and every id of every marker in order
    /// (pooled strings), so that scanning a statement allocates nothing new for ids the draft already used.
    /// </summary>
    public static void Scan(string text, TextSpan span, WordPool pool, List<TextSpan> markers, List<string> ids)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            // Most of a statement is not a marker: jump to the next bracket.
            var next = text.AsSpan(i, span.End - i).IndexOf('[');
            if (next < 0)
            {
                break;
            }

            i += next;
            var before = ids.Count;
            if (TryParse(text, i, span.End, out var markerEnd, ids, pool))
            {
                markers.Add(new TextSpan(i, markerEnd));
                i = markerEnd - 1;
            }
            else
            {
                ids.RemoveRange(before, ids.Count - before);
            }
        }
    }

    public static List<CitationMarker> Scan(string text, TextSpan span, WordPool? pool = null)
    {
        var markers = new List<CitationMarker>();
        for (var i = span.Start; i < span.End; i++)
        {
            if (text[i] != '[')
            {
                continue;
            }

            var ids = new List<string>();
            if (TryParse(text, i, span.End, out var markerEnd, ids, pool))
            {
                markers.Add(new CitationMarker(new TextSpan(i, markerEnd), ids));
                i = markerEnd - 1;
            }
        }

        return markers;
    }

    private static bool TryParse(string text, int open, int end, out int markerEnd, List<string>? ids, WordPool? pool)
    {
        markerEnd = open;
        var i = open + 1;
        var tokenCount = 0;
        while (true)
        {
            i = SkipSpaces(text, i, end);
            var tokenStart = i;
            while (i < end && !IsTokenBreak(text[i]))
            {
                i++;
            }

            if (i == tokenStart)
            {
                return false;
            }

            var token = text.AsSpan(tokenStart, i - tokenStart);
            if (token.SequenceEqual("UNKNOWN"))
            {
                return false;
            }

            ids?.Add(pool is null ? token.ToString() : pool.Get(token));
            tokenCount++;
            i = SkipSpaces(text, i, end);
            if (i >= end)
            {
                return false;
            }

            if (text[i] == ',')
            {
                i++;
                continue;
            }

            if (text[i] != ']')
            {
                return false;
            }

            // "[S2](https://…)" is a Markdown link, not a citation.
            if (i + 1 < end && text[i + 1] == '(')
            {
                return false;
            }

            markerEnd = i + 1;
            return tokenCount > 0;
        }
    }

    private static bool IsTokenBreak(char c) =>
        c is ',' or '[' or ']' or '(' or ')' or '{' or '}' || TextChars.IsBlank(c);

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && text[i] is ' ' or '\u00A0' or '\t')
        {
            i++;
        }

        return i;
    }
}
