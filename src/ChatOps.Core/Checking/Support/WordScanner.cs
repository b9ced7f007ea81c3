namespace ChatOps.Core.Checking.Support;

/// <summary>Cuts text into words as the support rule compares them: "end-of-term", "reporting_ro", "1,200" and "can't" stay whole.</summary>
internal static class WordScanner
{
    public static void Scan(string text, List<WordToken> into) => Scan(text, 0, text.Length, into);

    public static void Scan(string text, int start, int end, List<WordToken> into)
    {
        var i = start;
        while (i < end)
        {
            if (!IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var first = i;
            var hasDigit = false;
            while (i < end)
            {
                // ASCII letters and digits, most of any text, are told by two range tests; other characters by their
                // Unicode class.
                var c = text[i];
                if (char.IsAsciiLetter(c))
                {
                    i++;
                }
                else if (char.IsAsciiDigit(c))
                {
                    hasDigit = true;
                    i++;
                }
                else if (c > '\u007F' && char.IsLetterOrDigit(c))
                {
                    hasDigit |= char.IsDigit(c);
                    i++;
                }
                else if (c is '_' or '\'' or '\u2019' or '-' or '.' or '/' || (c == ',' && i + 1 < end && char.IsDigit(text[i + 1])))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            var last = i;
            while (last > first && text[last - 1] is '.' or '\'' or '\u2019' or '-' or '/')
            {
                last--;
            }

            into.Add(new WordToken(first, last - first, hasDigit));
        }
    }

    private static bool IsLetterOrDigit(char c) => c <= '\u007F' ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    /// <summary>Whether the word joins parts with '-', '_', '/' or '.' ("end-of-term", "reporting_ro").</summary>
    public static bool HasParts(ReadOnlySpan<char> word) => word.IndexOfAny("-_/.") >= 0;
}
