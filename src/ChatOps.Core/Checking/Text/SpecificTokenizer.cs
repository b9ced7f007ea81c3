using System.Buffers;
using System.Text;

namespace ChatOps.Core.Checking.Text;

/// <summary>Cuts text into the spec's "numbers and identifiers": maximal tokens that hold a digit.</summary>
internal static class SpecificTokenizer
{
    /// <summary>Tokens with a digit in [span], skipping the excluded spans (citation markers, URLs).</summary>
    public static List<string> Tokens(string text, TextSpan span, ReadOnlySpan<TextSpan> excluded, WordPool? pool = null)
    {
        var tokens = new List<string>();
        Tokens(text, span, excluded, pool, tokens);
        return tokens;
    }

    /// <summary>Adds the tokens with a digit in [span] to <paramref name="tokens"/>, skipping the excluded spans.</summary>
    /// <remarks>
    /// A token is a maximal run of characters that are neither separators nor inside an excluded span; only one with a
    /// digit is kept. Most of a statement's words hold none, so the scan jumps from digit to digit and widens each to
    /// its token instead of cutting every word. The excluded spans (citation markers, URLs) are few.
    /// </remarks>
    public static void Tokens(string text, TextSpan span, ReadOnlySpan<TextSpan> excluded, WordPool? pool, List<string> tokens)
    {
        var from = span.Start;
        while (from < span.End)
        {
            var digit = NextDigit(text, from, span.End);
            if (digit < 0)
            {
                return;
            }

            if (IsExcluded(excluded, digit))
            {
                from = digit + 1;
                continue;
            }

            // The token before the digit ends at 'from' at the latest: the previous token ended there, or the span starts.
            var start = digit;
            while (start > from && IsTokenChar(text, start - 1, excluded))
            {
                start--;
            }

            var end = digit + 1;
            while (end < span.End && IsTokenChar(text, end, excluded))
            {
                end++;
            }

            AddIfSpecific(text, start, end, tokens, pool);
            from = end;
        }
    }

    // Every ASCII character but the digits: what the digit search skips at vector speed (a character outside ASCII
    // stops it and is tested with char.IsDigit, which knows the other scripts' digits).
    private static readonly SearchValues<char> AsciiNonDigits = SearchValues.Create(
        Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiDigit(c)).ToArray());

    private static int NextDigit(string text, int from, int end)
    {
        while (from < end)
        {
            var found = text.AsSpan(from, end - from).IndexOfAnyExcept(AsciiNonDigits);
            if (found < 0)
            {
                return -1;
            }

            from += found;
            if (char.IsDigit(text[from]))
            {
                return from;
            }

            from++;
        }

        return -1;
    }

    private static bool IsTokenChar(string text, int i, ReadOnlySpan<TextSpan> excluded) =>
        (char.IsAsciiLetterOrDigit(text[i]) || !IsSeparator(text[i])) && !IsExcluded(excluded, i);

    private static bool IsExcluded(ReadOnlySpan<TextSpan> excluded, int i)
    {
        foreach (var span in excluded)
        {
            if (span.Contains(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The comparable form: case folded, invisible characters dropped, thousands separators removed (1,200 = 1200).</summary>
    public static string Normalize(string token)
    {
        var builder = new StringBuilder(token.Length);
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (TextChars.IsInvisible(c))
            {
                continue;
            }

            if (c == ',' && i > 0 && i + 1 < token.Length && char.IsDigit(token[i - 1]) && char.IsDigit(token[i + 1]))
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || TextChars.IsBracket(c) || TextChars.IsQuote(c) || c == '|';

    private static bool IsEdgePunctuation(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or '*' or '_' or '`' or '~' || TextChars.IsInvisible(c);

    private static void AddIfSpecific(string text, int start, int end, List<string> tokens, WordPool? pool)
    {
        while (start < end && IsEdgePunctuation(text[start]))
        {
            start++;
        }

        while (end > start && IsEdgePunctuation(text[end - 1]))
        {
            end--;
        }

        for (var i = start; i < end; i++)
        {
            if (char.IsDigit(text[i]))
            {
                tokens.Add(pool is null ? text[start..end] : pool.Get(text.AsSpan(start, end - start)));
                return;
            }
        }
    }
}
