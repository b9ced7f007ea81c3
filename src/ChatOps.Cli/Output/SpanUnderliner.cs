namespace ChatOps.Cli.Output;

/// <summary>Finds the draft lines a span covers and draws a caret underline under the span's part of each.</summary>
internal static class SpanUnderliner
{
    public static IReadOnlyList<UnderlinedLine> Underline(string draft, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(draft);

        // Offsets come from the checker; a bad span must still print something rather than crash the report.
        start = Math.Clamp(start, 0, draft.Length);
        end = Math.Clamp(end, start, draft.Length);

        var lines = new List<UnderlinedLine>();
        var lineStart = start == 0 ? 0 : draft.LastIndexOf('\n', start - 1) + 1;
        var lineNumber = 1 + CountNewlines(draft, lineStart);
        while (true)
        {
            var newline = draft.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? draft.Length : newline;
            var from = Math.Max(start, lineStart) - lineStart;
            var to = Math.Min(end, lineEnd) - lineStart;
            var text = draft[lineStart..lineEnd].TrimEnd('\r');
            if (to > from || lines.Count == 0)
            {
                lines.Add(new UnderlinedLine(lineNumber, text, Marker(text, from, Math.Min(to, text.Length))));
            }

            if (newline < 0 || newline + 1 >= end)
            {
                return lines;
            }

            lineStart = newline + 1;
            lineNumber++;
        }
    }

    private static int CountNewlines(string draft, int before)
    {
        var count = 0;
        for (var i = 0; i < before; i++)
        {
            if (draft[i] == '\n')
            {
                count++;
            }
        }

        return count;
    }

    private static string Marker(string line, int from, int to)
    {
        var marker = new System.Text.StringBuilder();
        for (var i = 0; i < from && i < line.Length; i++)
        {
            // Keep tabs so the carets line up under tab-indented text; a surrogate pair is one column.
            if (!char.IsLowSurrogate(line[i]))
            {
                marker.Append(line[i] == '\t' ? '\t' : ' ');
            }
        }

        var carets = 0;
        for (var i = from; i < to; i++)
        {
            if (!char.IsLowSurrogate(line[i]))
            {
                carets++;
            }
        }

        return marker.Append('^', Math.Max(carets, 1)).ToString();
    }
}
