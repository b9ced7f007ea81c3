namespace ChatOps.Core.Checking.Text;

/// <summary>Maps offsets to 1-based line numbers; a line ends at LF, CR or CRLF.</summary>
internal sealed class LineIndex : IDisposable
{
    private readonly PooledList<int> starts = new();

    // The line of the last look-up: statements are looked up in draft order, so the next one is on that line or a later one.
    private int last;

    public LineIndex(string text)
    {
        starts.Add(0);
        var i = text.AsSpan().IndexOfAny('\r', '\n');
        while (i >= 0)
        {
            // CRLF ends one line, at its LF.
            if (!(text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                starts.Add(i + 1);
            }

            var next = text.AsSpan(i + 1).IndexOfAny('\r', '\n');
            i = next < 0 ? -1 : i + 1 + next;
        }
    }

    public int LineOf(int offset)
    {
        var lines = starts.AsSpan();
        for (var k = last; k < lines.Length && k <= last + 2 && lines[k] <= offset; k++)
        {
            if (k + 1 == lines.Length || offset < lines[k + 1])
            {
                last = k;
                return k + 1;
            }
        }

        var index = lines.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        last = Math.Max(line, 0);
        return line + 1;
    }

    public void Dispose() => starts.Dispose();
}
