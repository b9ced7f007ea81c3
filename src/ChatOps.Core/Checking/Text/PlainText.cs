using System.Buffers;

namespace ChatOps.Core.Checking.Text;

/// <summary>A statement's words as the classifiers read them: no markers or URLs, straight quotes, single spaces.</summary>
internal static class PlainText
{
    /// <summary>The plain text of <paramref name="text"/>[<paramref name="span"/>] without the <paramref name="removed"/> spans;
    /// <paramref name="copy"/>, the span's text as a string already made, is returned when the plain text is the same.</summary>
    public static string From(string text, TextSpan span, ReadOnlySpan<TextSpan> removed, string? copy = null)
    {
        // One pass into a pooled buffer, then one string: the text never grows.
        char[]? rented = null;
        Span<char> buffer = span.Length > 256 ? (rented = ArrayPool<char>.Shared.Rent(span.Length)) : stackalloc char[256];
        var length = 0;
        var skip = 0;
        var pendingSpace = false;
        var i = span.Start;
        while (i < span.End)
        {
            while (skip < removed.Length && removed[skip].End <= i)
            {
                skip++;
            }

            if (skip < removed.Length && removed[skip].Contains(i))
            {
                // Every position up to the removed span's end is inside it.
                pendingSpace = true;
                i = removed[skip].End;
                continue;
            }

            // Up to the next removed span no position is removed, so the characters are copied without asking.
            var segmentEnd = skip < removed.Length && removed[skip].Start < span.End ? removed[skip].Start : span.End;
            while (i < segmentEnd)
            {
                // Printable ASCII and spaces, which is most of any draft, are copied a run at a time: spaces
                // collapse to one, and spaces at either end of the run wait for the next character as one would.
                var run = text.AsSpan(i, segmentEnd - i);
                var runLength = run.IndexOfAnyExceptInRange(' ', '~');
                run = run[..(runLength < 0 ? run.Length : runLength)];
                if (run.Length > 0)
                {
                    i += run.Length;
                    var lead = run.IndexOfAnyExcept(' ');
                    if (lead < 0)
                    {
                        pendingSpace = true;
                        continue;
                    }

                    var body = run[lead..].TrimEnd(' ');
                    if ((pendingSpace || lead > 0) && length > 0)
                    {
                        buffer[length++] = ' ';
                    }

                    length += CopyCollapsingSpaces(body, buffer[length..]);
                    pendingSpace = body.Length < run.Length - lead;
                    continue;
                }

                var c = text[i++];
                if (c is > ' ' and < '\u007F')
                {
                    if (pendingSpace && length > 0)
                    {
                        buffer[length++] = ' ';
                    }

                    pendingSpace = false;
                    buffer[length++] = c;
                    continue;
                }

                if (c > '\u007F' && TextChars.IsInvisible(c))
                {
                    continue;
                }

                if (c <= ' ' ? c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' : c > '\u007F' && char.IsWhiteSpace(c))
                {
                    pendingSpace = true;
                    continue;
                }

                if (pendingSpace && length > 0)
                {
                    buffer[length++] = ' ';
                }

                pendingSpace = false;
                buffer[length++] = c switch
                {
                    '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                    '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                    _ => c,
                };
            }
        }

        // A statement with no markers, links or odd spacing (an unknown, a courtesy line) reads as written: its text is
        // already a string.
        var plain = copy is not null && buffer[..length].SequenceEqual(copy) ? copy : new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return plain;
    }

    // Copies a run that opens and closes with a printable character, with each stretch of spaces as one space.
    private static int CopyCollapsingSpaces(ReadOnlySpan<char> run, Span<char> into)
    {
        if (!run.Contains("  ", StringComparison.Ordinal))
        {
            run.CopyTo(into);
            return run.Length;
        }

        var length = 0;
        for (var k = 0; k < run.Length; k++)
        {
            if (run[k] != ' ' || run[k - 1] != ' ')
            {
                into[length++] = run[k];
            }
        }

        return length;
    }
}
