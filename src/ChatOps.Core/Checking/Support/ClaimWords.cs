namespace ChatOps.Core.Checking.Support;

/// <summary>
/// The words of one claim, lower-cased and stemmed into one buffer, so that reading a claim allocates nothing: a
/// checker reads thousands of them. A word's lower-cased form, stem and lexicon entry depend on its letters alone,
/// and a draft repeats its words, so each distinct word is worked out once per check (one check at a time, cleared between checks).
/// </summary>
internal sealed class ClaimWords(SupportLexicon lexicon)
{
    private readonly List<WordToken> tokens = [];
    // An array, not a list: the accessors below read an entry in place instead of copying it out (they run for every
    // word in every check of the claim).
    private Entry[] entries = new Entry[32];
    private int count;
    private readonly Dictionary<string, Forms> known = new(128, StringComparer.Ordinal);
    private char[] buffer = new char[256];
    private int used;

    public string Text { get; private set; } = "";

    public int Count => count;

    /// <summary>Forgets the check's words, keeping the tables' room: the next check numbers its words from 0 again.</summary>
    public void Clear()
    {
        Text = "";
        tokens.Clear();
        count = 0;
        known.Clear();
        used = 0;
    }

    public void Read(string text)
    {
        Text = text;
        tokens.Clear();
        count = 0;
        WordScanner.Scan(text, tokens);
        if (tokens.Count > entries.Length)
        {
            entries = new Entry[Math.Max(tokens.Count, 2 * entries.Length)];
        }

        var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var token in tokens)
        {
            var word = token.In(text);
            if (!lookup.TryGetValue(word, out var forms))
            {
                forms = Work(word, token.HasDigit, known.Count);
                known.Add(word.ToString(), forms);
            }

            entries[count++] = new Entry(token, forms, IsInitial(text, token.Start));
        }
    }

    // The lower-cased form and stem are appended to the buffer, which only grows during a check: entries keep offsets.
    private Forms Work(ReadOnlySpan<char> word, bool hasDigit, int id)
    {
        Span<char> stem = stackalloc char[WordStemmer.MaxLength];
        var length = Math.Min(word.Length, WordStemmer.MaxLength);
        Ensure(2 * length);
        var lowerAt = used;
        WordStemmer.Lower(word, buffer.AsSpan(used, length));
        used += length;
        var stemAt = used;
        var stemLength = hasDigit ? length : WordStemmer.Stem(word, stem, lexicon);
        (hasDigit ? buffer.AsSpan(lowerAt, length) : stem[..stemLength]).CopyTo(buffer.AsSpan(used));
        used += stemLength;
        return new Forms(id, lowerAt, length, stemAt, stemLength, lexicon.Info(buffer.AsSpan(lowerAt, length)));
    }

    public WordToken Token(int i) => At(i).Token;

    /// <summary>The number of distinct words (as written) read so far in this check.</summary>
    public int DistinctCount => known.Count;

    /// <summary>Word i's number among the distinct words of this check: words written alike share it, and its stem.</summary>
    public int DistinctId(int i) => At(i).Forms.Id;

    /// <summary>What the lexicon says of word i.</summary>
    public WordInfo Info(int i) => At(i).Forms.Info;

    public ReadOnlySpan<char> Word(int i) => At(i).Token.In(Text);

    public ReadOnlySpan<char> Lower(int i)
    {
        ref readonly var entry = ref At(i);
        return buffer.AsSpan(entry.Forms.LowerAt, entry.Forms.LowerLength);
    }

    public ReadOnlySpan<char> Stem(int i)
    {
        ref readonly var entry = ref At(i);
        return buffer.AsSpan(entry.Forms.StemAt, entry.Forms.StemLength);
    }

    /// <summary>First word of the sentence, a list item, a label's body or a table cell: capitals there name nothing.</summary>
    public bool IsInitial(int i) => At(i).Initial;

    /// <summary>What separates word i from the word before it ("" for adjacent words, ", " for a comma).</summary>
    public ReadOnlySpan<char> GapBefore(int i) =>
        i == 0 ? Text.AsSpan(0, At(0).Token.Start) : Text.AsSpan(At(i - 1).Token.End, At(i).Token.Start - At(i - 1).Token.End);

    // Word i's entry in place; an index past the claim's words throws, as the list did (the throw is apart, so that
    // this inlines into every accessor).
    private ref readonly Entry At(int i)
    {
        if ((uint)i >= (uint)count)
        {
            ThrowOutOfRange(i);
        }

        return ref entries[i];
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowOutOfRange(int i) => throw new ArgumentOutOfRangeException(nameof(i), i, "no such word in the claim");

    private static bool IsInitial(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or ':' or '!' or '?' or '\u2014' or '\u2013' or '|' or '(' or '"' or '*' or '#' or '>' or '-' or '\u2022';
    }

    private void Ensure(int more)
    {
        if (used + more > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, used + more));
        }
    }

    private readonly record struct Forms(int Id, int LowerAt, int LowerLength, int StemAt, int StemLength, WordInfo Info);

    private readonly record struct Entry(WordToken Token, Forms Forms, bool Initial);
}
