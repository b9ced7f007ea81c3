namespace ChatOps.Core.Checking.Text;

/// <summary>Character classes the checker shares: what counts as space, what is invisible, what closes a sentence.</summary>
internal static class TextChars
{
    /// <summary>Zero-width and format characters that carry no visible text (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen).</summary>
    public static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    /// <summary>Whitespace (any Unicode space, NBSP included) or an invisible character.</summary>
    public static bool IsBlank(char c) => char.IsWhiteSpace(c) || IsInvisible(c);

    public static bool IsSentenceTerminal(char c) => c is '.' or '!' or '?' or '\u2026';

    /// <summary>Characters that may follow a sentence's final punctuation and still belong to it.</summary>
    public static bool IsCloser(char c) => c is ')' or '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '*' or '_' or '`';

    public static bool IsQuote(char c) =>
        c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u201E' or '\u201A' or '\u00AB' or '\u00BB';

    public static bool IsBracket(char c) => c is '(' or ')' or '[' or ']' or '{' or '}' or '<' or '>';

    public static int SkipBlank(string text, int index, int end)
    {
        while (index < end && IsBlank(text[index]))
        {
            index++;
        }

        return index;
    }

    public static bool IsBlankRange(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!IsBlank(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Narrows [start, end) so that it neither starts nor ends with blank characters.</summary>
    public static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && IsBlank(text[start]))
        {
            start++;
        }

        while (end > start && IsBlank(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
