namespace ChatOps.Core.Checking.Classification;

/// <summary>
/// The word after a statement's first, read without a regex: most phrase patterns ("we appreciate …", "please note
/// that …", "the next update …") need one of a few words there, and a statement whose second word is none of them
/// skips the pattern.
/// </summary>
internal static class FollowingWord
{
    /// <summary>
    /// False only when the word after the space at <paramref name="at"/> (where the first word ends) is certainly not
    /// one of <paramref name="words"/> (lower-case ASCII): it is a run of ASCII letters that ends before a character
    /// that could not continue it. Anything else (another space, a character outside ASCII, whose case pairs a pattern
    /// may match) answers true, and the pattern decides.
    /// </summary>
    public static bool MayBe(ReadOnlySpan<char> text, int at, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        if (at >= text.Length)
        {
            return false;
        }

        if (text[at] != ' ')
        {
            // The patterns need white space here: an ASCII character that is none rules them out.
            return text[at] > '\u007F' || char.IsWhiteSpace(text[at]);
        }

        var start = at + 1;
        var end = start;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        if (end == start || end - start > 16 || (end < text.Length && text[end] > '\u007F'))
        {
            return true;
        }

        Span<char> lower = stackalloc char[end - start];
        for (var i = 0; i < lower.Length; i++)
        {
            lower[i] = (char)(text[start + i] | 0x20);
        }

        return words.Contains(lower);
    }

    /// <summary>
    /// What can follow "we" or "I" in the thanks, apology, empathy and advice patterns ("we really appreciate", "I am
    /// sorry", "we would like to", "we hope this", "we strongly recommend"): contractions ("we're") are first words of
    /// their own.
    /// </summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterAuthors = Set(
        "really", "truly", "greatly", "sincerely", "appreciate", "value", "are", "am", "would", "deeply", "do",
        "apologise", "apologize", "regret", "hope", "completely", "fully", "totally", "understand", "know", "strongly",
        "recommend", "suggest", "advise", "encourage", "urge", "ask", "invite");

    /// <summary>What can follow "please" or "kindly" in "please note that …" and "please accept our apologies".</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterPlease = Set(
        "note", "be", "keep", "remember", "bear", "accept");

    /// <summary>What can follow "the" in "the next update …" and "the following …".</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterThe = Set("next", "following");

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
