namespace ChatOps.Core.Checking.Text;

/// <summary>Maps offsets to 1-based line numbers; a line ends at LF, CR or CRLF.</summary>
internal sealed class LineIndex
{
    private readonly List<int> starts = [0];

    public LineIndex(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (c is '\n' or '\r')
            {
                starts.Add(i + 1);
            }
        }
    }

    public int LineOf(int offset)
    {
        var index = starts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
