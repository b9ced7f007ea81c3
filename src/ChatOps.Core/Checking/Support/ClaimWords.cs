namespace ChatOps.Core.Checking.Support;

/// <summary>
/// The words of one claim, lower-cased and stemmed into one reusable buffer, so that reading a claim allocates
/// nothing: a checker reads thousands of them.
/// </summary>
internal sealed class ClaimWords(SupportLexicon lexicon)
{
    private readonly List<WordToken> tokens = [];
    private readonly List<Entry> entries = [];
    private char[] buffer = new char[256];
    private int used;

    public string Text { get; private set; } = "";

    public int Count => entries.Count;

    public void Read(string text)
    {
        Text = text;
        tokens.Clear();
        entries.Clear();
        used = 0;
        WordScanner.Scan(text, tokens);
        Span<char> stem = stackalloc char[WordStemmer.MaxLength];
        foreach (var token in tokens)
        {
            var word = token.In(text);
            var length = Math.Min(word.Length, WordStemmer.MaxLength);
            Ensure(2 * length);
            var lowerAt = used;
            WordStemmer.Lower(word, buffer.AsSpan(used, length));
            used += length;
            var stemAt = used;
            var stemLength = token.HasDigit ? length : WordStemmer.Stem(word, stem, lexicon);
            (token.HasDigit ? buffer.AsSpan(lowerAt, length) : stem[..stemLength]).CopyTo(buffer.AsSpan(used));
            used += stemLength;
            entries.Add(new Entry(token, lowerAt, length, stemAt, stemLength, IsInitial(text, token.Start), lexicon.Info(buffer.AsSpan(lowerAt, length))));
        }
    }

    public WordToken Token(int i) => entries[i].Token;

    /// <summary>What the lexicon says of word i.</summary>
    public WordInfo Info(int i) => entries[i].Info;

    public ReadOnlySpan<char> Word(int i) => entries[i].Token.In(Text);

    public ReadOnlySpan<char> Lower(int i) => buffer.AsSpan(entries[i].LowerAt, entries[i].LowerLength);

    public ReadOnlySpan<char> Stem(int i) => buffer.AsSpan(entries[i].StemAt, entries[i].StemLength);

    /// <summary>First word of the sentence, a list item, a label's body or a table cell: capitals there name nothing.</summary>
    public bool IsInitial(int i) => entries[i].Initial;

    /// <summary>What separates word i from the word before it ("" for adjacent words, ", " for a comma).</summary>
    public ReadOnlySpan<char> GapBefore(int i) =>
        i == 0 ? Text.AsSpan(0, entries[0].Token.Start) : Text.AsSpan(entries[i - 1].Token.End, entries[i].Token.Start - entries[i - 1].Token.End);

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

    private readonly record struct Entry(WordToken Token, int LowerAt, int LowerLength, int StemAt, int StemLength, bool Initial, WordInfo Info);
}
