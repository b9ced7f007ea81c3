namespace ChatOps.Core.Checking.Text;

/// <summary>Splits a prose block into sentence spans; citation markers after a final period stay with their sentence.</summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "and", "or", "but", "by", "from", "as", "our",
        "your", "their", "its", "is", "are", "was", "were", "be", "been", "that", "which", "who", "than", "into", "via",
        "per", "if", "when", "while", "after", "before", "because", "so", "not", "no", "this", "these", "those", "has",
        "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "about", "over", "under",
        "between", "during", "until", "since", "more", "less", "some", "all", "any", "each", "every", "we", "i", "you",
        "they", "it", "he", "she", "my", "his", "her", "both", "either", "nor", "also", "then",
    };

    // The characters the splitter acts on: sentence terminals and line breaks.
    private static readonly System.Buffers.SearchValues<char> Stops = System.Buffers.SearchValues.Create(".!?\u2026\n\r");

    public static void Split(string text, TextSpan block, List<TextSpan> output)
    {
        var segStart = block.Start;
        var i = block.Start;
        var end = block.End;
        while (i < end)
        {
            var c = text[i];
            if (TextChars.IsSentenceTerminal(c))
            {
                var j = i;
                while (j < end && TextChars.IsSentenceTerminal(text[j]))
                {
                    j++;
                }

                while (j < end && TextChars.IsCloser(text[j]))
                {
                    j++;
                }

                if (j < end && !TextChars.IsBlank(text[j]))
                {
                    // "v2.3.1", "example.com", "e.g.," — punctuation inside a token ends nothing.
                    i = j;
                    continue;
                }

                var sentenceEnd = j;
                var k = TextChars.SkipBlank(text, j, end);
                while (k < end && text[k] == '[' && CitationMarkerScanner.TryMatchAt(text, k, end, out var markerEnd))
                {
                    sentenceEnd = markerEnd;
                    k = TextChars.SkipBlank(text, markerEnd, end);
                }

                var next = k < end ? text[k] : '\0';
                var afterMarker = i > block.Start && text[i - 1] == ']';
                var isBoundary = k >= end
                    || afterMarker
                    || ((!char.IsLower(next) || StartsCamelCaseWord(text, k, end))
                        && (c != '.' || j - i > 1 || Abbreviations.PeriodEndsSentence(text, i, block.Start, next)));
                if (!isBoundary)
                {
                    i = j;
                    continue;
                }

                Emit(text, segStart, sentenceEnd, output);
                segStart = k;
                i = k;
                continue;
            }

            if (c is '\n' or '\r' && IsLineBreakBoundary(text, segStart, i, end))
            {
                Emit(text, segStart, i, output);
                segStart = TextChars.SkipBlank(text, i, end);
                i = segStart;
                continue;
            }

            // Only a terminal or a line break can end a sentence: jump to the next one.
            var stop = i + 1 < end ? text.AsSpan(i + 1, end - i - 1).IndexOfAny(Stops) : -1;
            i = stop < 0 ? end : i + 1 + stop;
        }

        Emit(text, segStart, end, output);
    }

    // "iOS", "iPhone", "eSIM": a lower-case first letter that still starts a sentence.
    private static bool StartsCamelCaseWord(string text, int start, int end)
    {
        for (var i = start + 1; i < end && char.IsLetter(text[i]); i++)
        {
            if (char.IsUpper(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static void Emit(string text, int start, int end, List<TextSpan> output)
    {
        var (s, e) = TextChars.Trim(text, start, end);
        for (var i = s; i < e; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                output.Add(new TextSpan(s, e));
                return;
            }
        }
    }

    // A hard line break inside a paragraph ends a sentence only where the text says so: a colon,
    // a greeting or sign-off line ("Best,"), or an unpunctuated line followed by a capitalised one.
    private static bool IsLineBreakBoundary(string text, int segStart, int lineBreak, int end)
    {
        var lineStart = lineBreak;
        while (lineStart > segStart && text[lineStart - 1] is not ('\n' or '\r'))
        {
            lineStart--;
        }

        var (ls, le) = TextChars.Trim(text, lineStart, lineBreak);
        var nextStart = TextChars.SkipBlank(text, lineBreak, end);
        if (le <= ls || nextStart >= end)
        {
            return false;
        }

        var last = text[le - 1];
        if (last == ':')
        {
            return true;
        }

        var line = text[ls..le];
        if (last is ',' or '!' && CourtesyLines.IsGreetingOrSignOff(line))
        {
            return true;
        }

        var next = text[nextStart];
        if (!(char.IsUpper(next) || char.IsDigit(next)) || !(char.IsLetterOrDigit(last) || last is ')' or ']' or '%'))
        {
            return false;
        }

        var lastWordStart = le;
        while (lastWordStart > ls && char.IsLetter(text[lastWordStart - 1]))
        {
            lastWordStart--;
        }

        return !FunctionWords.Contains(text[lastWordStart..le]);
    }
}
