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
    public static void Tokens(string text, TextSpan span, ReadOnlySpan<TextSpan> excluded, WordPool? pool, List<string> tokens)
    {
        var tokenStart = -1;
        var skip = 0;
        for (var i = span.Start; i <= span.End; i++)
        {
            while (skip < excluded.Length && excluded[skip].End <= i)
            {
                skip++;
            }

            var inExcluded = skip < excluded.Length && excluded[skip].Contains(i);
            var isSeparator = i == span.End || inExcluded || (!char.IsAsciiLetterOrDigit(text[i]) && IsSeparator(text[i]));
            if (!isSeparator)
            {
                if (tokenStart < 0)
                {
                    tokenStart = i;
                }

                continue;
            }

            if (tokenStart >= 0)
            {
                AddIfSpecific(text, tokenStart, i, tokens, pool);
                tokenStart = -1;
            }
        }
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
