using System.Text.RegularExpressions;

namespace ChatOps.Core.Checking.Signals;

/// <summary>The spec's closed list of speculation and placeholder cues; nothing else counts.</summary>
internal static partial class SpeculationCues
{
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SingleWords =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
        [
            "believe", "believes", "believed", "likely", "probably", "possibly", "presumably", "suspect", "suspects",
            "suspected", "seem", "seems", "might", "unclear", "tbd", "tbc",
        ], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first cue in the text, as written there, or null.</summary>
    /// <remarks>A hand-written word scan rather than a regex: it runs on every statement and allocates only on a hit.</remarks>
    public static string? Find(string plain)
    {
        // Every cue holds one of these letters' runs; a plain ASCII statement that holds none, nor "??" (most
        // statements), has no cue, found with one vectorised search instead of a word-by-word scan. Other text takes
        // the scan: its case rules are Unicode's. (A statement whose only part is "??" takes the scan too, which finds
        // no cue in it and answers "??".)
        if (System.Text.Ascii.IsValid(plain) && !plain.AsSpan().ContainsAny(CueParts))
        {
            return null;
        }

        var marks = plain.IndexOf("??", StringComparison.Ordinal);

        var text = plain.AsSpan();
        // Start offsets of the previous two words, for "appear to", "could be", "not yet known", "to be determined".
        int prev1 = -1, prev1End = -1, prev2 = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            if (marks >= 0 && marks < start)
            {
                return "??";
            }

            var word = text[start..i];
            if (MayEndCue(word))
            {
                var cue = MatchAt(plain, word, start, i, prev1, prev1End, prev2);
                if (cue is not null)
                {
                    return cue;
                }
            }

            prev2 = prev1;
            prev1 = start;
            prev1End = i;
        }

        return marks >= 0 ? "??" : null;
    }

    // A part of every cue: each single word's stem, "known" ("unknown", "not yet known"), "xx", the first word of each
    // pair ("appear to", "could be", "may have") and "determined" ("to be determined"); and the placeholder "??".
    private static readonly System.Buffers.SearchValues<string> CueParts = System.Buffers.SearchValues.Create(
        [
            "believ", "likely", "probably", "possibly", "presumably", "suspect", "seem", "might", "unclear", "tbd", "tbc",
            "known", "xx", "appear", "could", "may", "determined", "??",
        ], StringComparison.OrdinalIgnoreCase);

    // Every cue ends with a word whose length and first letter (ASCII, either case) are in this table: one bit test
    // rules out almost every word before any comparison. A word that opens with another character takes the full test.
    private static readonly ushort[] CueEndInitials = BuildCueEndInitials();

    private static ushort[] BuildCueEndInitials()
    {
        var table = new ushort[26];
        string[] endings = ["unknown", "xx", "xxx", "to", "be", "have", "known", "determined"];
        foreach (var word in SingleWords.Set.Concat(endings))
        {
            table[char.ToLowerInvariant(word[0]) - 'a'] |= (ushort)(1 << word.Length);
        }

        return table;
    }

    private static bool MayEndCue(ReadOnlySpan<char> word)
    {
        var first = word[0] | 0x20;
        if (word[0] > '\u007F')
        {
            return true;
        }

        return first is >= 'a' and <= 'z' && word.Length < 16 && (CueEndInitials[first - 'a'] & (1 << word.Length)) != 0;
    }

    private static string? MatchAt(string plain, ReadOnlySpan<char> word, int start, int end, int prev1, int prev1End, int prev2)
    {
        if (SingleWords.Contains(word))
        {
            return word.ToString();
        }

        // Every other cue ends with a word of 2, 3, 4, 5, 7 or 10 letters ("to", "be", "XXX", "have", "known", "unknown",
        // "determined"): most words are none of these and need no more comparisons.
        if (word.Length is not (2 or 3 or 4 or 5 or 7 or 10))
        {
            return null;
        }

        if (word.Equals("unknown", StringComparison.OrdinalIgnoreCase) && !word.SequenceEqual("UNKNOWN"))
        {
            return word.ToString();
        }

        if ((word.SequenceEqual("XX") || word.SequenceEqual("XXX")) && StandsAlone(plain, start, end))
        {
            return word.ToString();
        }

        if (prev1 < 0)
        {
            return null;
        }

        var previous = plain.AsSpan(prev1, prev1End - prev1);
        var pair = (word.Equals("to", StringComparison.OrdinalIgnoreCase)
                && (previous.Equals("appear", StringComparison.OrdinalIgnoreCase) || previous.Equals("appears", StringComparison.OrdinalIgnoreCase)))
            || ((word.Equals("be", StringComparison.OrdinalIgnoreCase) || word.Equals("have", StringComparison.OrdinalIgnoreCase))
                && (previous.Equals("could", StringComparison.OrdinalIgnoreCase) || previous.Equals("may", StringComparison.OrdinalIgnoreCase)));
        if (pair && IsSingleSpaced(plain, prev1End, start))
        {
            return plain[prev1..end];
        }

        if (prev2 >= 0 && IsSingleSpaced(plain, prev1End, start))
        {
            var triple = plain.AsSpan(prev2, end - prev2);
            if (triple.Equals("not yet known", StringComparison.OrdinalIgnoreCase))
            {
                return triple.ToString();
            }

            if (word.Equals("determined", StringComparison.OrdinalIgnoreCase) && triple.Equals("to be determined", StringComparison.OrdinalIgnoreCase))
            {
                return triple.ToString();
            }
        }

        return null;
    }

    // Regex \w: letters, digits, connector punctuation; the spec's word boundaries are the regex ones.
    private static bool IsWordChar(char c) => c <= '\u007F'
        ? char.IsAsciiLetterOrDigit(c) || c == '_'
        : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static bool IsSingleSpaced(string plain, int from, int to) => to - from == 1 && plain[from] == ' ';

    // "XX" placeholders stand alone: not part of "XX-123" or "XXL".
    private static bool StandsAlone(string plain, int start, int end) =>
        (start == 0 || plain[start - 1] != '-') && (end == plain.Length || plain[end] != '-');

    /// <summary>Whether the text holds the label: the word UNKNOWN in capitals.</summary>
    public static bool HasUnknownLabel(string plain) =>
        plain.Contains("UNKNOWN", StringComparison.Ordinal) && UnknownLabel().IsMatch(plain);

    [GeneratedRegex(@"\bUNKNOWN\b", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownLabel();
}
