namespace ChatOps.Core.Checking.Text;

/// <summary>
/// One string per distinct word of one check: a draft's statements repeat their words, citation ids and figures, so
/// each is allocated once, not once per statement. Serves one check at a time; cleared between checks.
/// </summary>
internal sealed class WordPool
{
    private const int MostStackChars = 128;
    private const int RecentSlots = 128;

    private readonly string?[] recent = new string?[RecentSlots];

    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordPool()
    {
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A scratch list for the classifiers' word lists; what it holds is valid until the next classifier call fills it.</summary>
    public List<string> Scratch { get; } = new(16);

    /// <summary>Forgets the check's words, keeping the set's room.</summary>
    public void Clear()
    {
        words.Clear();
        Array.Clear(recent);
        Scratch.Clear();
    }

    /// <summary>The pooled string equal to <paramref name="word"/>.</summary>
    public string Get(ReadOnlySpan<char> word)
    {
        // A statement's opening words recur from statement to statement: a small table indexed by a few of the
        // word's letters answers most of them with one comparison, before the set hashes the whole word.
        var slot = Slot(word);
        if (recent[slot] is { } seen && word.SequenceEqual(seen))
        {
            return seen;
        }

        if (!lookup.TryGetValue(word, out var pooled))
        {
            pooled = word.ToString();
            words.Add(pooled);
        }

        recent[slot] = pooled;
        return pooled;
    }

    private static int Slot(ReadOnlySpan<char> word) =>
        word.Length == 0 ? 0 : (word.Length * 31 + word[0] * 7 + word[^1] * 3 + word[word.Length / 2]) & (RecentSlots - 1);

    /// <summary>The pooled string equal to <paramref name="word"/> lower-cased (invariant culture).</summary>
    public string Lower(ReadOnlySpan<char> word)
    {
        if (word.Length > MostStackChars)
        {
            return Get(word.ToString().ToLowerInvariant());
        }

        // Most words are written in lower case already: nothing to copy. Words are short: one scalar pass asks both
        // questions (an upper-case ASCII letter, a non-ASCII character) at once.
        var upper = false;
        var ascii = true;
        foreach (var c in word)
        {
            if (c > '\u007F')
            {
                ascii = false;
                break;
            }

            upper |= (uint)(c - 'A') <= 'Z' - 'A';
        }

        if (!ascii)
        {
            Span<char> folded = stackalloc char[word.Length];
            word.ToLowerInvariant(folded);
            return Get(folded);
        }

        if (!upper)
        {
            return Get(word);
        }

        // ASCII: invariant lower-casing maps 'A'-'Z' and nothing else, as the bit 0x20 does.
        Span<char> lower = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            lower[i] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }

        return Get(lower);
    }
}
