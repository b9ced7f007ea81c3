namespace ChatOps.Core.Checking.Text;

/// <summary>Words whose trailing period is not a sentence end ("e.g.", "approx.", "U.S.").</summary>
internal static class Abbreviations
{
    // Never end a sentence: they always lead into more words.
    private static readonly HashSet<string> Leading = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "eg", "ie", "vs", "approx", "appx", "incl", "excl", "cf", "dr", "mr", "mrs", "ms", "mx", "prof",
        "st", "fig", "ref", "al", "viz", "esp", "ca", "approx", "resp", "re", "attn", "dept", "ext", "tel", "ver",
    };

    // May end a sentence; only a following capital says so ("… etc. The next …").
    private static readonly HashSet<string> Trailing = new(StringComparer.OrdinalIgnoreCase)
    {
        "etc", "inc", "ltd", "co", "corp", "jr", "sr", "min", "mins", "max", "avg", "hr", "hrs", "sec", "secs", "est",
        "wk", "wks", "mo", "mos", "yr", "yrs", "pt", "pts", "vol", "no", "nos",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    };

    /// <summary>Whether the period at <paramref name="period"/> ends a sentence, given the character that follows the gap.</summary>
    public static bool PeriodEndsSentence(string text, int period, int blockStart, char next)
    {
        var start = period;
        while (start > blockStart && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var word = text[start..period];
        if (word.Length == 0)
        {
            return true;
        }

        if (Leading.Contains(word))
        {
            return false;
        }

        var isInitial = word.Length == 1 && char.IsUpper(word[0]);
        var isDottedAcronym = word.Contains('.', StringComparison.Ordinal) && word.Replace(".", "", StringComparison.Ordinal).Length <= 4;
        if (isInitial)
        {
            return false;
        }

        if (Trailing.Contains(word) || isDottedAcronym)
        {
            return char.IsUpper(next);
        }

        return true;
    }
}
