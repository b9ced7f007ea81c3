namespace ChatOps.Core.Checking.Support;

/// <summary>
/// The words of one claim, lower-cased and stemmed into one buffer, so that reading a claim allocates nothing: a
/// checker reads thousands of them. A word's lower-cased form, stem and lexicon entry depend on its letters alone,
/// and drafts repeat their words, so each distinct word is worked out once and kept from check to check (up to
/// <see cref="MostKeptWords"/> words); within a check the distinct words are numbered from 0 in the order met. One
/// check at a time.
/// </summary>
internal sealed class ClaimWords
{
    /// <summary>The word table is emptied at the end of a check once it holds more words than this.</summary>
    public const int MostKeptWords = 8_192;

    private readonly SupportLexicon lexicon;

    private readonly List<WordToken> tokens = [];
    // Arrays, not lists: the accessors below read an entry in place instead of copying it out (they run for every
    // word in every check of the claim). An entry holds its word's number; the word's forms are kept once, by number.
    private Entry[] entries = new Entry[32];
    private int count;
    private Forms[] forms = new Forms[128];

    // A kept word's number in this check, valid when its stamp is this check's.
    private int[] checkIds = new int[128];
    private int[] stamps = new int[128];
    private int stamp = 1;
    private int distinct;
    private readonly Dictionary<string, int> known;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private char[] buffer = new char[256];
    private int used;

    public ClaimWords(SupportLexicon lexicon)
    {
        this.lexicon = lexicon;
        known = new Dictionary<string, int>(128, StringComparer.Ordinal);
        lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Text { get; private set; } = "";

    public int Count => count;

    /// <summary>Every lexicon table some word of the claim stands in: a test that needs a word of a kind skips a claim without one.</summary>
    public WordKind Kinds { get; private set; }

    /// <summary>Every claim signal some word of the claim carries.</summary>
    public SignalClass Signals { get; private set; }

    /// <summary>Every shape some word of the claim has.</summary>
    public WordShape Shapes { get; private set; }

    /// <summary>Ends the check: the next one numbers its words from 0 again. The words' forms are kept, up to a point.</summary>
    public void Clear()
    {
        Text = "";
        tokens.Clear();
        count = 0;
        Kinds = WordKind.None;
        Signals = SignalClass.None;
        Shapes = WordShape.None;
        distinct = 0;
        stamp++;
        if (known.Count > MostKeptWords || stamp == int.MaxValue)
        {
            known.Clear();
            used = 0;
            Array.Clear(stamps);
            stamp = 1;
        }
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

        var kinds = WordKind.None;
        var signals = SignalClass.None;
        var shapes = WordShape.None;
        foreach (var token in tokens)
        {
            var word = token.In(text);
            if (!lookup.TryGetValue(word, out var id))
            {
                id = known.Count;
                if (id == forms.Length)
                {
                    Array.Resize(ref forms, 2 * forms.Length);
                    Array.Resize(ref checkIds, forms.Length);
                    Array.Resize(ref stamps, forms.Length);
                }

                forms[id] = Work(word, token.HasDigit);
                known.Add(word.ToString(), id);
            }

            if (stamps[id] != stamp)
            {
                stamps[id] = stamp;
                checkIds[id] = distinct++;
            }

            ref readonly var found = ref forms[id];
            kinds |= found.Info.Kind;
            signals |= found.Info.Signal;
            shapes |= found.Shape;
            entries[count++] = new Entry(token, id, checkIds[id], IsInitial(text, token.Start));
        }

        Kinds = kinds;
        Signals = signals;
        Shapes = shapes;
    }

    // The lower-cased form and stem are appended to the buffer, which only grows during a check: entries keep offsets.
    private Forms Work(ReadOnlySpan<char> word, bool hasDigit)
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
        var lower = buffer.AsSpan(lowerAt, length);
        return new Forms(lowerAt, length, stemAt, stemLength, lexicon.Info(lower), ShapeOf(word, lower));
    }

    // What the analyzer asks of a word's letters, worked out once per distinct word.
    private static WordShape ShapeOf(ReadOnlySpan<char> word, ReadOnlySpan<char> lower)
    {
        var shape = char.IsUpper(word[0]) ? WordShape.Capitalised : WordShape.None;
        if (IsAcronym(word))
        {
            shape |= WordShape.Acronym;
        }

        if (word.Length >= 4 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)))
        {
            shape |= WordShape.Possessive;
        }

        if (lower is "being")
        {
            shape |= WordShape.Being;
        }
        else if (lower is "would")
        {
            shape |= WordShape.Would;
        }

        return shape;
    }

    /// <summary>Two capitals or more and no lower-case letter or digit: "EU", "SRE's".</summary>
    public static bool IsAcronym(ReadOnlySpan<char> word)
    {
        var upper = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c) || char.IsDigit(c) || c is not ('-' or '\'' or '\u2019') && !char.IsLetter(c))
            {
                return false;
            }

            if (char.IsUpper(c))
            {
                upper++;
            }
        }

        return upper >= 2;
    }

    public WordToken Token(int i) => At(i).Token;

    /// <summary>The number of distinct words (as written) read so far in this check.</summary>
    public int DistinctCount => distinct;

    /// <summary>Word i's number among the distinct words of this check: words written alike share it, and its stem.</summary>
    public int DistinctId(int i) => At(i).CheckId;

    /// <summary>What the lexicon says of word i.</summary>
    public WordInfo Info(int i) => forms[At(i).Id].Info;

    /// <summary>The shapes of word i's letters.</summary>
    public bool Is(int i, WordShape shape) => (forms[At(i).Id].Shape & shape) != 0;

    /// <summary>Whether word i's stem is a calendar word (the lexicon asked once per distinct word).</summary>
    public bool IsCalendarWord(int i)
    {
        ref var found = ref forms[At(i).Id];
        if ((found.Asked & Asked.CalendarKnown) == 0)
        {
            found.Asked |= Asked.CalendarKnown | (lexicon.IsCalendarWord(buffer.AsSpan(found.StemAt, found.StemLength)) ? Asked.Calendar : 0);
        }

        return (found.Asked & Asked.Calendar) != 0;
    }

    /// <summary>Whether word i, lower-cased, is a general verb (the lexicon asked once per distinct word).</summary>
    public bool IsGeneralVerb(int i)
    {
        ref var found = ref forms[At(i).Id];
        if ((found.Asked & Asked.GeneralVerbKnown) == 0)
        {
            found.Asked |= Asked.GeneralVerbKnown | (lexicon.IsGeneralVerb(buffer.AsSpan(found.LowerAt, found.LowerLength)) ? Asked.GeneralVerb : 0);
        }

        return (found.Asked & Asked.GeneralVerb) != 0;
    }

    /// <summary>Whether word i, lower-cased, is ordinary English (the lexicon asked once per distinct word).</summary>
    public bool IsOrdinaryWord(int i)
    {
        ref var found = ref forms[At(i).Id];
        if ((found.Asked & Asked.OrdinaryKnown) == 0)
        {
            found.Asked |= Asked.OrdinaryKnown | (lexicon.IsOrdinaryWord(buffer.AsSpan(found.LowerAt, found.LowerLength)) ? Asked.Ordinary : 0);
        }

        return (found.Asked & Asked.Ordinary) != 0;
    }

    public ReadOnlySpan<char> Word(int i) => At(i).Token.In(Text);

    public ReadOnlySpan<char> Lower(int i)
    {
        ref readonly var found = ref forms[At(i).Id];
        return buffer.AsSpan(found.LowerAt, found.LowerLength);
    }

    public ReadOnlySpan<char> Stem(int i)
    {
        ref readonly var found = ref forms[At(i).Id];
        return buffer.AsSpan(found.StemAt, found.StemLength);
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

    // A distinct word's forms: offsets into the buffer, the lexicon's entry, its shape, and the lexicon's answers to
    // the rarer questions, asked on first need.
    private record struct Forms(int LowerAt, int LowerLength, int StemAt, int StemLength, WordInfo Info, WordShape Shape)
    {
        public Asked Asked;
    }

    [Flags]
    private enum Asked : byte
    {
        CalendarKnown = 1,
        Calendar = 2,
        OrdinaryKnown = 4,
        Ordinary = 8,
        GeneralVerbKnown = 16,
        GeneralVerb = 32,
    }

    // Id: the word's place in the kept table; CheckId: its number in this check.
    private readonly record struct Entry(WordToken Token, int Id, int CheckId, bool Initial);
}
