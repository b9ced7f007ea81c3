using System.Text.RegularExpressions;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Checking.Support;

/// <summary>What one source says, indexed for the support rule: its words, stems, equivalence lines, signals and sentences.</summary>
internal sealed partial class SourceTerms
{
    private const int MinPrefix = 5;

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(",;.:()\n");

    private static readonly System.Buffers.SearchValues<char> CountChars = System.Buffers.SearchValues.Create("0123456789,");

    private readonly SupportLexicon lexicon;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> stems;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> prefixes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> initials;
    private readonly HashSet<int> groups = [];
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> qualified;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> settled;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> restricted;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> attributeOnly;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> datedDifferently;

    // The stems of the clause being read while the source is indexed.
    private readonly List<string> clauseStems = [];

    public SourceTerms(Source source, SupportLexicon lexicon)
    {
        Source = source;
        this.lexicon = lexicon;
        var wordSet = new HashSet<string>(StringComparer.Ordinal);
        var stemSet = new HashSet<string>(StringComparer.Ordinal);
        var prefixSet = new HashSet<string>(StringComparer.Ordinal);
        var initialSet = new HashSet<string>(StringComparer.Ordinal);
        words = wordSet.GetAlternateLookup<ReadOnlySpan<char>>();
        stems = stemSet.GetAlternateLookup<ReadOnlySpan<char>>();
        prefixes = prefixSet.GetAlternateLookup<ReadOnlySpan<char>>();
        initials = initialSet.GetAlternateLookup<ReadOnlySpan<char>>();
        IsPolicy = source.Kind is SourceKind.Doc or SourceKind.Web;
        Uri = source.Uri?.ToLowerInvariant() ?? "";

        var text = source.Text;
        var tokens = new List<WordToken>();
        WordScanner.Scan(text, tokens);
        var sentences = new List<SourceSentence>();
        var sentenceStart = 0;
        var sentenceStems = new HashSet<string>(StringComparer.Ordinal);
        var negates = false;
        var negatesOutright = false;
        var fails = false;
        var pending = false;
        var continues = false;
        var unchanged = false;
        var letterWords = new List<string>();
        var settledSet = new HashSet<string>(StringComparer.Ordinal);
        var clausePending = false;
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            var boundary = SentenceBoundary(text, sentenceStart, token.Start);
            if (boundary >= 0 || text.AsSpan(previousEnd, token.Start - previousEnd).Contains(','))
            {
                Settle(settledSet, clausePending);
                clausePending = false;
            }

            previousEnd = token.End;
            if (boundary >= 0)
            {
                AddSentence(sentences, text, sentenceStart, boundary, sentenceStems, (negates, negatesOutright), fails, pending, continues, unchanged);
                sentenceStart = token.Start;
                sentenceStems = new HashSet<string>(StringComparer.Ordinal);
                negates = false;
                negatesOutright = false;
                fails = false;
                pending = false;
                continues = false;
                unchanged = false;
            }

            var word = text.Substring(token.Start, token.Length);
            HasFigure |= token.HasDigit;
            if (word == "100" && token.End < text.Length && text[token.End] == '%')
            {
                Signals |= SignalClass.Whole;
            }

            var before = Signals;
            Signals = SignalClass.None;
            var wordNegates = Add(word, token.HasDigit, wordSet, stemSet, prefixSet, sentenceStems);
            negates |= wordNegates;
            negatesOutright |= wordNegates && (Signals & (SignalClass.Negative | SignalClass.Zero | SignalClass.NegatingPrefix | SignalClass.Fine)) != 0;
            fails |= (Signals & SignalClass.Failure) != 0;
            continues |= (Signals & (SignalClass.Unchanged | SignalClass.Lasting | SignalClass.Continuing)) != 0;
            unchanged |= (Signals & SignalClass.Unchanged) != 0;
            var info = token.HasDigit ? default : lexicon.Info(word.ToLowerInvariant());
            pending |= info.Is(WordKind.Pending);
            clausePending |= info.Is(WordKind.Pending);

            Signals |= before;
            if (!token.HasDigit)
            {
                letterWords.Add(word);
            }
        }

        AddSentence(sentences, text, sentenceStart, text.Length, sentenceStems, (negates, negatesOutright), fails, pending, continues, unchanged);
        Settle(settledSet, clausePending);
        settled = settledSet.GetAlternateLookup<ReadOnlySpan<char>>();
        clauseStems.TrimExcess();
        Sentences = [.. sentences];
        qualified = Qualified(text, tokens, lexicon).GetAlternateLookup<ReadOnlySpan<char>>();
        restricted = Restricted(text, tokens, lexicon).GetAlternateLookup<ReadOnlySpan<char>>();

        for (var i = 0; i < letterWords.Count; i++)
        {
            for (var k = 2; k <= 4 && i + k <= letterWords.Count; k++)
            {
                initialSet.Add(string.Concat(letterWords.Skip(i).Take(k).Select(w => char.ToLowerInvariant(w[0]))));
            }
        }

        foreach (Match match in WholeCount().Matches(text))
        {
            Signals |= match.Groups[1].Value == match.Groups[2].Value ? SignalClass.Universal : SignalClass.Partial;
        }

        // Figures move one way within a sentence ("0.4 s … 2.1 s … 4.6 s"); "within 10 working days" in one sentence and
        // "average: 6 working days" in the next are two facts, not a trend.
        foreach (var sentence in ProseSentences().Split(text))
        {
            Signals |= NumberTrend.Of(sentence);
        }

        attributeOnly = AttributeOnly(text, lexicon).GetAlternateLookup<ReadOnlySpan<char>>();
        Fields = LabelledField.Read(text);
        DeniedFields = [.. Fields.Where(f => f.LabelWords.Length >= 2 && lexicon.IsAbsentValue(f.ValueLower))];
        UniversalPredicates = ReadUniversalPredicates(text, tokens, lexicon);
        datedDifferently = ReadDatedDifferently(text, tokens, lexicon).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The source's "label: value" fields ("Year 9: 23", "SendAs: none").</summary>
    public LabelledField[] Fields { get; }

    /// <summary>The fields of two label words or more whose value says empty or off ("SendAs: none").</summary>
    public LabelledField[] DeniedFields { get; }

    /// <summary>
    /// The stems of what follows "all with" or "each with" ("Affected: 2,140 devices, all with the older 4 MB flash
    /// chip"): the source says every member of some group has this, not that everything that has it is in the group.
    /// </summary>
    public string[][] UniversalPredicates { get; }

    /// <summary>
    /// The dates the source gives right after a word of this stem, when it gives two or more different ones ("kv-a
    /// disabled 2026-11-14 18:00; kv-c disabled 2026-11-17 09:30": "2026-11-14, 2026-11-17"), or null.
    /// </summary>
    public string? DifferentDates(ReadOnlySpan<char> stem) => datedDifferently.TryGetValue(stem, out var dates) ? dates : null;

    private static Dictionary<string, string> ReadDatedDifferently(string text, List<WordToken> tokens, SupportLexicon lexicon)
    {
        Dictionary<string, List<string>>? byStem = null;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].HasDigit || !IsDate(tokens[i + 1].In(text)) || !Between(text, tokens[i], tokens[i + 1]).IsWhiteSpace())
            {
                continue;
            }

            var stem = WordStemmer.Stem(tokens[i].In(text).ToString(), lexicon);
            var dates = (byStem ??= new(StringComparer.Ordinal)).TryGetValue(stem, out var list) ? list : byStem[stem] = [];
            var date = tokens[i + 1].In(text).ToString();
            if (!dates.Contains(date))
            {
                dates.Add(date);
            }
        }

        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (byStem is not null)
        {
            foreach (var (stem, dates) in byStem)
            {
                if (dates.Count >= 2)
                {
                    found[stem] = string.Join(", ", dates);
                }
            }
        }

        return found;
    }

    // "2026-11-14": four digits, two, two.
    private static bool IsDate(ReadOnlySpan<char> word) =>
        word.Length == 10 && word[4] == '-' && word[7] == '-' && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[3])
        && char.IsAsciiDigit(word[5]) && char.IsAsciiDigit(word[6]) && char.IsAsciiDigit(word[8]) && char.IsAsciiDigit(word[9]);

    private static string[][] ReadUniversalPredicates(string text, List<WordToken> tokens, SupportLexicon lexicon)
    {
        List<string[]>? predicates = null;
        Span<char> lower = stackalloc char[WordStemmer.MaxLength];
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            var word = tokens[i].In(text);
            if (tokens[i].HasDigit || word.Length > WordStemmer.MaxLength)
            {
                continue;
            }

            var n = WordStemmer.Lower(word, lower);
            if ((lexicon.Info(lower[..n]).Signal & SignalClass.Universal) == 0 || !Between(text, tokens[i], tokens[i + 1]).IsWhiteSpace()
                || !lexicon.IsRestrictor(tokens[i + 1].In(text)))
            {
                continue;
            }

            var stems = new List<string>();
            for (var k = i + 2; k < tokens.Count; k++)
            {
                if (k > i + 2 && Between(text, tokens[k - 1], tokens[k]).IndexOfAny(ClauseEnds) >= 0)
                {
                    break;
                }

                var part = tokens[k].In(text).ToString();
                if (!lexicon.IsFunctionWord(part.ToLowerInvariant()))
                {
                    stems.Add(tokens[k].HasDigit ? part.ToLowerInvariant() : WordStemmer.Stem(part, lexicon));
                }
            }

            if (stems.Count > 0)
            {
                (predicates ??= []).Add([.. stems]);
            }
        }

        return predicates is null ? [] : [.. predicates];
    }

    private static ReadOnlySpan<char> Between(string text, WordToken before, WordToken after) =>
        text.AsSpan(before.End, after.Start - before.End);

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+", RegexOptions.CultureInvariant)]
    private static partial Regex ProseSentences();

    public Source Source { get; }

    /// <summary>A doc or web page states policy or general facts, not that something happened.</summary>
    public bool IsPolicy { get; }

    /// <summary>The source's uri, lower-cased: an organisation's own name stands in the address of its records.</summary>
    public string Uri { get; }

    /// <summary>Whether the source gives any figure (a word with a digit): without one it compares nothing by amount.</summary>
    public bool HasFigure { get; }

    /// <summary>Every signal class some word or number of the source states.</summary>
    public SignalClass Signals { get; private set; }

    public SourceSentence[] Sentences { get; }

    /// <summary>Whether the lower-cased word stands in the source as written.</summary>
    public bool HasWord(ReadOnlySpan<char> lower) => words.Contains(lower);

    /// <summary>Whether the source says the word: the same word, its stem, a longer or shorter form of it, or an equivalent.</summary>
    public bool Has(ReadOnlySpan<char> lower, ReadOnlySpan<char> stem)
    {
        if (words.Contains(lower) || stems.Contains(stem))
        {
            return true;
        }

        if ((lower.Length >= MinPrefix && prefixes.Contains(lower)) || (stem.Length >= MinPrefix && prefixes.Contains(stem)))
        {
            return true;
        }

        for (var k = MinPrefix; k < lower.Length; k++)
        {
            if (words.Contains(lower[..k]))
            {
                return true;
            }
        }

        foreach (var group in lexicon.Groups(stem))
        {
            if (groups.Contains(group))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the source says the word itself: the same word, its stem or an equivalent, never a longer or shorter word.</summary>
    public bool HasExact(ReadOnlySpan<char> lower, ReadOnlySpan<char> stem)
    {
        if (words.Contains(lower) || stems.Contains(stem))
        {
            return true;
        }

        foreach (var group in lexicon.Groups(stem))
        {
            if (groups.Contains(group))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the source writes a word of this stem with a qualifier that makes it part of a group: a count before it
    /// ("1,200 customers"), a name or acronym before it ("EU customers"), or a place or a restriction after it
    /// ("customers in the EU", "users with more than 50 vehicles").
    /// </summary>
    public bool Qualifies(ReadOnlySpan<char> stem) => qualified.Contains(stem);

    /// <summary>
    /// Whether the stem stands in a clause of the source that says nothing is planned, pending or expected
    /// ("pool size raised, rollout in progress": "raised" is settled, "rollout" is not).
    /// </summary>
    public bool IsSettled(ReadOnlySpan<char> stem) => settled.Contains(stem);

    /// <summary>Whether the stem stands in the source as a word's stem.</summary>
    public bool HasStem(ReadOnlySpan<char> stem) => stems.Contains(stem);

    private void Settle(HashSet<string> settledSet, bool clausePending)
    {
        if (!clausePending)
        {
            settledSet.UnionWith(clauseStems);
        }

        clauseStems.Clear();
    }

    /// <summary>
    /// Whether the source writes a word of this stem only with a restriction after it ("Business accounts with contracts
    /// signed before 2026-12-01", "users who opted in"), never on its own: the source speaks of part of that group.
    /// </summary>
    public bool OnlyRestricted(ReadOnlySpan<char> stem) => restricted.Contains(stem);

    /// <summary>
    /// Whether the stem stands in the source only in short attribute fields, a name and a value with a figure and no
    /// signal word ("import failed: file 14.6 MB; encoding windows-1252"): the source describes what happened, it does
    /// not say the attribute caused it.
    /// </summary>
    public bool IsAttributeOnly(ReadOnlySpan<char> stem) => attributeOnly.Contains(stem);

    // The fields of a list that follows a failure or a status and a colon, up to the sentence's end: short, with a figure
    // and no signal word ("import failed: file 14.6 MB; encoding windows-1252; app 9.0.4").
    private static HashSet<string> AttributeOnly(string text, SupportLexicon lexicon)
    {
        const int MostFieldWords = 3;
        var attribute = new HashSet<string>(StringComparer.Ordinal);
        var plain = new HashSet<string>(StringComparer.Ordinal);
        var tokens = new List<WordToken>();
        var stems = new List<string>();
        var inList = false;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i == text.Length ? '\n' : text[i];
            var sentenceEnd = c == '\n' || (c is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])));
            if (!sentenceEnd && c is not (';' or ',' or ':' or '(' or ')'))
            {
                continue;
            }

            tokens.Clear();
            stems.Clear();
            WordScanner.Scan(text, start, i, tokens);
            var figures = 0;
            var isAttribute = inList && tokens.Count <= MostFieldWords;
            var last = default(WordInfo);
            foreach (var token in tokens)
            {
                var lower = token.In(text).ToString().ToLowerInvariant();
                if (token.HasDigit)
                {
                    figures++;
                    stems.Add(lower);
                    continue;
                }

                last = lexicon.Info(lower);
                isAttribute &= last.Signal == SignalClass.None && !last.Is(WordKind.Cause | WordKind.Status);
                if (!last.Is(WordKind.Function))
                {
                    stems.Add(WordStemmer.Stem(lower, lexicon));
                }
            }

            (isAttribute && figures > 0 && figures < stems.Count ? attribute : plain).UnionWith(stems);
            if (c == ':')
            {
                inList = tokens.Count > 0 && !tokens[^1].HasDigit && ((last.Signal & SignalClass.Failure) != 0 || last.Is(WordKind.Status));
            }

            inList &= !sentenceEnd;
            start = i + 1;
        }

        attribute.ExceptWith(plain);
        return attribute;
    }

    /// <summary>Whether an acronym of the claim spells the initials of 2 to 4 consecutive words of the source ("IC", "incident commander").</summary>
    public bool SpellsInitials(ReadOnlySpan<char> lower) => initials.Contains(lower);

    private static HashSet<string> Qualified(string text, List<WordToken> tokens, SupportLexicon lexicon)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < tokens.Count; i++)
        {
            var word = tokens[i].In(text);
            if (tokens[i].HasDigit)
            {
                continue;
            }

            var before = tokens[i - 1].In(text);
            var gap = text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End);
            var after = i + 1 < tokens.Count ? tokens[i + 1].In(text) : default;
            var countBefore = tokens[i - 1].HasDigit && gap.IsWhiteSpace() && before.IndexOfAnyExcept(CountChars) < 0;
            var nameBefore = gap.IsWhiteSpace() && before.Length > 1 && char.IsUpper(before[0]) && before.IndexOfAnyInRange('a', 'z') < 0;
            var placeAfter = after is "in" or "on" or "at" or "with" or "who" or "whose";
            if (countBefore || nameBefore || placeAfter)
            {
                set.Add(WordStemmer.Stem(word.ToString(), lexicon));
            }
        }

        return set;
    }

    private static HashSet<string> Restricted(string text, List<WordToken> tokens, SupportLexicon lexicon)
    {
        var restrictedStems = new HashSet<string>(StringComparer.Ordinal);
        var plainStems = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].HasDigit)
            {
                continue;
            }

            var stem = WordStemmer.Stem(tokens[i].In(text).ToString(), lexicon);
            var next = i + 1 < tokens.Count && text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).IsWhiteSpace()
                ? tokens[i + 1].In(text) : default;
            (lexicon.IsRestrictor(next) ? restrictedStems : plainStems).Add(stem);
        }

        restrictedStems.ExceptWith(plainStems);
        return restrictedStems;
    }

    // Returns the end of the sentence that closes before the token at 'next', or -1.
    private static int SentenceBoundary(string text, int sentenceStart, int next)
    {
        var i = next - 1;
        var sawSpace = false;
        var sawNewline = false;
        while (i >= sentenceStart && !char.IsLetterOrDigit(text[i]))
        {
            if (text[i] == '\n')
            {
                sawNewline = true;
            }

            if (char.IsWhiteSpace(text[i]))
            {
                sawSpace = true;
            }
            else if (sawSpace && text[i] is '.' or ';' or '!' or '?')
            {
                return i + 1;
            }

            i--;
        }

        return sawNewline && i >= sentenceStart ? i + 1 : -1;
    }

    private static void AddSentence(List<SourceSentence> sentences, string text, int start, int end, HashSet<string> stems, (bool Any, bool Outright) negates, bool fails, bool pending, bool continues, bool unchanged)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ';' or ','))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new SourceSentence(start, end, stems, negates.Any, fails, pending, continues, unchanged) { NegatesOutright = negates.Outright });
        }
    }

    // Adds the word and, for "end-of-term" or "reporting_ro", its parts; returns whether it negates.
    private bool Add(string word, bool hasDigit, HashSet<string> wordSet, HashSet<string> stemSet, HashSet<string> prefixSet, HashSet<string> sentenceStems)
    {
        var negates = AddOne(word, hasDigit, wordSet, stemSet, prefixSet, sentenceStems);
        if (!hasDigit && WordScanner.HasParts(word))
        {
            foreach (var part in word.Split(['-', '_', '/', '.'], StringSplitOptions.RemoveEmptyEntries))
            {
                negates |= AddOne(part, false, wordSet, stemSet, prefixSet, sentenceStems);
            }
        }

        return negates;
    }

    private bool AddOne(string word, bool hasDigit, HashSet<string> wordSet, HashSet<string> stemSet, HashSet<string> prefixSet, HashSet<string> sentenceStems)
    {
        var lower = word.ToLowerInvariant().Replace('\u2019', '\'');
        wordSet.Add(lower);
        if (hasDigit)
        {
            sentenceStems.Add(lower);
            var isZero = lower.TrimEnd('%').All(c => c == '0');
            if (isZero)
            {
                Signals |= SignalClass.Zero;
            }

            if (lower == "100%")
            {
                Signals |= SignalClass.Whole;
            }

            return isZero;
        }

        var stem = WordStemmer.Stem(lower, lexicon);
        stemSet.Add(stem);
        sentenceStems.Add(stem);
        clauseStems.Add(stem);
        for (var k = MinPrefix; k < lower.Length; k++)
        {
            prefixSet.Add(lower[..k]);
        }

        foreach (var group in lexicon.Groups(stem))
        {
            groups.Add(group);
        }

        var signal = lexicon.Signal(lower);
        Signals |= signal;
        var negatingPrefix = NegatingPrefix().IsMatch(lower);
        if (negatingPrefix)
        {
            Signals |= SignalClass.NegatingPrefix;
        }

        return negatingPrefix || (signal & (SignalClass.Negative | SignalClass.Absent | SignalClass.Fine)) != 0;
    }

    [GeneratedRegex(@"^(un|non)[a-z-]{4,}$", RegexOptions.CultureInvariant)]
    private static partial Regex NegatingPrefix();

    // "412/412", "18 of 18": a count that is the whole group states its scope.
    [GeneratedRegex(@"\b(\d[\d,]*)\s*(?:/|of)\s*(\d[\d,]*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WholeCount();
}
