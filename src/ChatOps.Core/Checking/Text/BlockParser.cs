using System.Text.RegularExpressions;

namespace ChatOps.Core.Checking.Text;

/// <summary>Reads the Markdown block structure of a draft: prose, table rows and structural lines; fenced code is dropped.</summary>
internal static partial class BlockParser
{
    /// <summary>Adds the draft's blocks, in order, to <paramref name="blocks"/>.</summary>
    public static void Parse(string draft, PooledList<Block> blocks)
    {
        using var lines = ReadLines(draft);
        var open = default(TextSpan?);
        var openIsParagraph = false;
        var inTable = false;
        string? fence = null;

        void Flush()
        {
            if (open is { } span)
            {
                blocks.Add(new Block(BlockKind.Prose, span));
            }

            open = null;
            openIsParagraph = false;
        }

        for (var n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            var contentStart = SkipQuoteMarkers(draft, line.Start, line.End);
            var content = draft.AsSpan(contentStart, line.End - contentStart);

            if (fence is not null)
            {
                if (IsFenceClose(content, fence))
                {
                    fence = null;
                }

                continue;
            }

            if (TextChars.IsBlankRange(draft, contentStart, line.End))
            {
                Flush();
                inTable = false;
                continue;
            }

            var trimmed = TextChars.Trim(draft, contentStart, line.End);
            if (TryOpenFence(content, out var opened))
            {
                Flush();
                inTable = false;
                fence = opened;
                continue;
            }

            if (openIsParagraph && content.TrimStart(' ') is ['=' or '-', ..] && SetextUnderline().IsMatch(content))
            {
                // The paragraph above was a heading all along.
                blocks.Add(new Block(BlockKind.Structural, open!.Value));
                blocks.Add(new Block(BlockKind.Structural, new TextSpan(trimmed.Start, trimmed.End)));
                open = null;
                openIsParagraph = false;
                continue;
            }

            // Both open with '#', '*', '-' or '_' after at most three spaces: other lines need no pattern.
            if (content.TrimStart(' ') is ['#' or '*' or '-' or '_', ..] && (AtxHeading().IsMatch(content) || ThematicBreak().IsMatch(content)))
            {
                Flush();
                inTable = false;
                blocks.Add(new Block(BlockKind.Structural, new TextSpan(trimmed.Start, trimmed.End)));
                continue;
            }

            if (inTable)
            {
                if (content.Contains('|'))
                {
                    blocks.Add(new Block(IsDelimiterRow(content) ? BlockKind.Structural : BlockKind.TableRow,
                        new TextSpan(trimmed.Start, trimmed.End)));
                    continue;
                }

                inTable = false;
            }

            if (content.Contains('|') && n + 1 < lines.Count)
            {
                var next = lines[n + 1];
                var nextStart = SkipQuoteMarkers(draft, next.Start, next.End);
                var nextContent = draft.AsSpan(nextStart, next.End - nextStart);
                if (IsDelimiterRow(nextContent))
                {
                    Flush();
                    inTable = true;
                    blocks.Add(new Block(BlockKind.Structural, new TextSpan(trimmed.Start, trimmed.End)));
                    continue;
                }
            }

            var bodyOffset = ListItemBodyOffset(content);
            if (bodyOffset >= 0)
            {
                Flush();
                var itemStart = contentStart + bodyOffset;
                if (itemStart < trimmed.End)
                {
                    open = new TextSpan(itemStart, trimmed.End);
                }

                continue;
            }

            if (open is { } current)
            {
                open = current with { End = trimmed.End };
            }
            else
            {
                open = new TextSpan(trimmed.Start, trimmed.End);
                openIsParagraph = true;
            }
        }

        Flush();
    }

    private static PooledList<TextSpan> ReadLines(string text)
    {
        var lines = new PooledList<TextSpan>();
        var start = 0;

        // A vector search from line break to line break instead of a test of every character.
        for (var i = text.AsSpan().IndexOfAny('\n', '\r'); i >= 0; i = NextBreak(text, start))
        {
            lines.Add(new TextSpan(start, i));
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        lines.Add(new TextSpan(start, text.Length));
        return lines;
    }

    private static int NextBreak(string text, int from)
    {
        var next = text.AsSpan(from).IndexOfAny('\n', '\r');
        return next < 0 ? -1 : from + next;
    }

    private static int SkipQuoteMarkers(string text, int start, int end)
    {
        var i = start;
        while (true)
        {
            var j = i;
            while (j < end && j - i < 4 && text[j] == ' ')
            {
                j++;
            }

            if (j < end && text[j] == '>')
            {
                i = j + 1;
                if (i < end && text[i] == ' ')
                {
                    i++;
                }

                continue;
            }

            return i;
        }
    }

    private static bool IsFenceClose(ReadOnlySpan<char> content, string fence)
    {
        var trimmed = content.Trim();
        return trimmed.Length >= fence.Length && !trimmed.ContainsAnyExcept(fence[0]);
    }

    private static bool TryOpenFence(ReadOnlySpan<char> content, out string fence)
    {
        var trimmed = content.TrimStart();
        var run = 0;
        while (run < trimmed.Length && trimmed[run] is '`' or '~' && trimmed[run] == trimmed[0])
        {
            run++;
        }

        fence = run >= 3 ? new string(trimmed[0], run) : "";
        return run >= 3;
    }

    // Where a list item's body starts, past its marker ("-", "*", "+", "•", "1.", "2)") and any task box; -1 if not an item.
    private static int ListItemBodyOffset(ReadOnlySpan<char> content)
    {
        var i = 0;
        while (i < content.Length && content[i] is ' ' or '\t')
        {
            i++;
        }

        var markerStart = i;
        if (i < content.Length && content[i] is '-' or '*' or '+' or '\u2022')
        {
            i++;
        }
        else
        {
            while (i < content.Length && i - markerStart < 9 && char.IsAsciiDigit(content[i]))
            {
                i++;
            }

            if (i == markerStart || i >= content.Length || content[i] is not ('.' or ')'))
            {
                return -1;
            }

            i++;
        }

        if (i == content.Length)
        {
            return i;
        }

        if (content[i] is not (' ' or '\t' or '\u00A0'))
        {
            return -1;
        }

        while (i < content.Length && content[i] is ' ' or '\t' or '\u00A0')
        {
            i++;
        }

        if (i + 3 <= content.Length && content[i] == '[' && content[i + 1] is ' ' or 'x' or 'X' && content[i + 2] == ']'
            && i + 3 < content.Length && content[i + 3] is ' ' or '\t' or '\u00A0')
        {
            i += 3;
            while (i < content.Length && content[i] is ' ' or '\t' or '\u00A0')
            {
                i++;
            }
        }

        return i;
    }

    private static bool IsDelimiterRow(ReadOnlySpan<char> content)
    {
        var hasDash = false;
        var hasPipe = false;
        foreach (var c in content)
        {
            switch (c)
            {
                case '-':
                    hasDash = true;
                    break;
                case '|':
                    hasPipe = true;
                    break;
                case ':':
                    break;
                default:
                    if (!TextChars.IsBlank(c))
                    {
                        return false;
                    }

                    break;
            }
        }

        return hasDash && hasPipe;
    }

    [GeneratedRegex(@"^ {0,3}#{1,6}(\s|$)")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^ {0,3}((\*[ \t]*){3,}|(-[ \t]*){3,}|(_[ \t]*){3,})\s*$")]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^ {0,3}(=+|-+)\s*$")]
    private static partial Regex SetextUnderline();
}
