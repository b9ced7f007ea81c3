using System.Collections.Frozen;

namespace ChatOps.Core.Checking.Support;

/// <summary>
/// The word tables of the support rule, read once from the embedded files in Checking/Support/Lexicon: the
/// heuristics are data a reader can extend, and this class only indexes them.
/// </summary>
internal sealed class SupportLexicon
{
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> irregular;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> functionWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> statusWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> organisations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> notNames;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> causeWords;
    private readonly FrozenDictionary<string, SignalClass>.AlternateLookup<ReadOnlySpan<char>> signals;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> groups;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> calendar;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> conditionWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> timeUnits;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> restrictors;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> generalVerbs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> numberWords;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> numberValues;
    private readonly FrozenDictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> info;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> absentValues;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> statusLabels;
    private readonly string[] wordPrefixes;

    // About 65,000 words: read on first use only, since most checks never meet a capitalised word they do not know.
    private readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> ordinaryWords =
        new(() => Set("ordinary-words.txt"), LazyThreadSafetyMode.ExecutionAndPublication);

    private SupportLexicon()
    {
        irregular = LexiconFile.Lines("irregular-forms.txt")
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToFrozenDictionary(p => p[0], p => p[1], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        functionWords = Set("function-words.txt");
        statusWords = Set("status-words.txt");
        organisations = Set("organisations.txt");
        notNames = Set("not-names.txt");
        conditionWords = Set("condition-words.txt");
        timeUnits = Set("time-units.txt");
        restrictors = Set("restrictors.txt");
        generalVerbs = Set("general-verbs.txt");
        numberWords = Set("number-words.txt");
        absentValues = Set("absent-values.txt");
        statusLabels = Set("status-labels.txt");
        wordPrefixes = [.. LexiconFile.Words("word-prefixes.txt").OrderByDescending(p => p.Length)];
        numberValues = LexiconFile.Words("number-words.txt").Select((word, index) => (word, index))
            .ToFrozenDictionary(p => p.word, p => p.index + 1, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        causeWords = LexiconFile.Words("cause-words.txt").Where(w => !w.Contains('+', StringComparison.Ordinal) && !w.StartsWith(','))
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        CausePhrases = LexiconFile.Words("cause-words.txt").Where(w => w.Contains('+', StringComparison.Ordinal))
            .Select(w => w.Split('+')).ToArray();
        var signalMap = ReadSignals();
        signals = signalMap.GetAlternateLookup<ReadOnlySpan<char>>();
        SignalPhrases = signalMap.Where(p => p.Key.Contains('+', StringComparison.Ordinal))
            .Select(p => (Words: p.Key.Split('+'), Class: p.Value))
            .Select(p => (First: p.Words[0], Second: p.Words[1], p.Class)).ToArray();

        var byStem = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var calendarStems = new HashSet<string>(StringComparer.Ordinal);
        var group = 0;
        foreach (var (file, isCalendar) in new[] { ("equivalents.txt", false), ("calendar-words.txt", true) })
        {
            foreach (var line in LexiconFile.Lines(file))
            {
                foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var stem = WordStemmer.Stem(word, this);
                    var list = byStem.TryGetValue(stem, out var existing) ? existing : byStem[stem] = [];
                    if (!list.Contains(group))
                    {
                        list.Add(group);
                    }

                    if (isCalendar)
                    {
                        calendarStems.Add(stem);
                    }
                }

                group++;
            }
        }

        info = BuildInfo().GetAlternateLookup<ReadOnlySpan<char>>();
        groups = byStem.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        calendar = calendarStems.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The tables as shipped.</summary>
    public static SupportLexicon Default { get; } = new();

    /// <summary>Two-word signals ("go up", "went down") and their class.</summary>
    public (string First, string Second, SignalClass Class)[] SignalPhrases { get; }

    /// <summary>Two-word cause openers ("due to", "led to").</summary>
    public string[][] CausePhrases { get; }

    public string? IrregularForm(ReadOnlySpan<char> lower) => irregular.TryGetValue(lower, out var form) ? form : null;

    public bool IsFunctionWord(ReadOnlySpan<char> lower) => functionWords.Contains(lower);

    public bool IsStatusWord(ReadOnlySpan<char> lower) => statusWords.Contains(lower);

    public bool IsOrganisation(ReadOnlySpan<char> lower) => organisations.Contains(lower);

    public bool IsNotName(ReadOnlySpan<char> lower) => notNames.Contains(lower);

    public bool IsCauseWord(ReadOnlySpan<char> lower) => causeWords.Contains(lower);

    public bool IsIrregular(ReadOnlySpan<char> lower) => irregular.ContainsKey(lower);

    /// <summary>"if", "unless", "before": opens a clause that reports nothing as done.</summary>
    public bool IsConditionWord(ReadOnlySpan<char> lower) => conditionWords.Contains(lower);

    public bool IsTimeUnit(ReadOnlySpan<char> lower) => timeUnits.Contains(lower);

    /// <summary>"with", "who": after a noun, restricts it to part of its group (restrictors.txt; any case).</summary>
    public bool IsRestrictor(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[WordStemmer.MaxLength];
        return word.Length <= lower.Length && restrictors.Contains(lower[..WordStemmer.Lower(word, lower)]);
    }

    /// <summary>"are", "can", "will": after a claim's opening noun, makes it a general statement about the whole group.</summary>
    public bool IsGeneralVerb(ReadOnlySpan<char> lower) => generalVerbs.Contains(lower);

    public bool IsNumberWord(ReadOnlySpan<char> lower) => numberWords.Contains(lower);

    /// <summary>What a number word stands for ("three" is 3), or 0 when it is none.</summary>
    public int NumberValue(ReadOnlySpan<char> lower) => numberValues.TryGetValue(lower, out var value) ? value : 0;

    public SignalClass Signal(ReadOnlySpan<char> lower) => signals.TryGetValue(lower, out var signal) ? signal : SignalClass.None;

    /// <summary>The equivalence lines a stem belongs to (empty when none).</summary>
    public ReadOnlySpan<int> Groups(ReadOnlySpan<char> stem) => groups.TryGetValue(stem, out var ids) ? ids : [];

    public bool IsCalendarWord(ReadOnlySpan<char> stem) => calendar.Contains(stem);

    /// <summary>"none", "false", "disabled": a field value that says the field is empty or off (absent-values.txt).</summary>
    public bool IsAbsentValue(ReadOnlySpan<char> lower) => absentValues.Contains(lower);

    /// <summary>"new", "discontinued": a word that, as a claim's opening label ("New: …"), states a status (status-labels.txt).</summary>
    public bool IsStatusLabel(ReadOnlySpan<char> lower) => statusLabels.Contains(lower);

    /// <summary>
    /// Whether a lower-cased word is ordinary English (ordinary-words.txt): as written, without a possessive or a
    /// contraction ("we're"), after a prefix ("reupload"), or with every hyphenated part ordinary ("in-store").
    /// </summary>
    public bool IsOrdinaryWord(ReadOnlySpan<char> lower)
    {
        var apostrophe = lower.IndexOfAny('\'', '\u2019');
        if (apostrophe >= 0)
        {
            lower = lower[..apostrophe];
        }

        if (lower.Length <= 1 || ordinaryWords.Value.Contains(lower))
        {
            return true;
        }

        if (lower.IndexOfAny('-', '/') >= 0)
        {
            foreach (var range in lower.SplitAny("-/"))
            {
                if (!lower[range].IsEmpty && !IsOrdinaryWord(lower[range]))
                {
                    return false;
                }
            }

            return true;
        }

        foreach (var prefix in wordPrefixes)
        {
            if (lower.Length > prefix.Length + 2 && lower.StartsWith(prefix, StringComparison.Ordinal)
                && ordinaryWords.Value.Contains(lower[prefix.Length..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every table's word for <paramref name="lower"/> at once: what the rule asks of each word of a claim.</summary>
    public WordInfo Info(ReadOnlySpan<char> lower) => info.TryGetValue(lower, out var found) ? found : default;

    private static FrozenDictionary<string, WordInfo> BuildInfo()
    {
        var map = new Dictionary<string, WordInfo>(StringComparer.Ordinal);
        void Mark(IEnumerable<string> words, WordKind kind)
        {
            foreach (var word in words)
            {
                var current = map.GetValueOrDefault(word);
                map[word] = current with { Kind = current.Kind | kind };
            }
        }

        Mark(LexiconFile.Words("function-words.txt"), WordKind.Function);
        Mark(LexiconFile.Words("status-words.txt"), WordKind.Status);
        Mark(LexiconFile.Words("organisations.txt"), WordKind.Organisation);
        Mark(LexiconFile.Words("not-names.txt"), WordKind.NotName);
        Mark(LexiconFile.Words("condition-words.txt"), WordKind.Condition);
        Mark(LexiconFile.Words("time-units.txt"), WordKind.TimeUnit);
        Mark(LexiconFile.Words("pending-words.txt"), WordKind.Pending);
        Mark(LexiconFile.Words("cause-words.txt").Where(w => !w.Contains('+', StringComparison.Ordinal) && !w.StartsWith(',')), WordKind.Cause);
        Mark(LexiconFile.Words("cause-words.txt").Where(w => w.StartsWith(',')).Select(w => w[1..]), WordKind.ClauseCause);
        Mark(LexiconFile.Words("request-words.txt"), WordKind.Request);
        Mark(LexiconFile.Words("decision-words.txt"), WordKind.Decision);
        Mark(LexiconFile.Words("cause-words.txt").Where(w => w.Contains('+', StringComparison.Ordinal)).Select(w => w.Split('+')[0]), WordKind.CausePhraseStart);
        foreach (var (word, sign) in ReadComparatives())
        {
            Mark([word], sign > 0 ? WordKind.More : WordKind.Less);
        }

        Mark(LexiconFile.Lines("irregular-forms.txt").Select(l => l.Split(' ')[0]), WordKind.Irregular);
        foreach (var (word, signal) in ReadSignals())
        {
            if (word.Contains('+', StringComparison.Ordinal))
            {
                Mark([word.Split('+')[1]], WordKind.SignalPhraseEnd);
                continue;
            }

            var current = map.GetValueOrDefault(word);
            map[word] = current with { Signal = signal };
        }

        var number = 1;
        foreach (var word in LexiconFile.Words("number-words.txt"))
        {
            var current = map.GetValueOrDefault(word);
            map[word] = current with { Number = number++ };
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, int> ReadComparatives()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var sign = 0;
        foreach (var line in LexiconFile.Lines("comparatives.txt"))
        {
            if (line.StartsWith('['))
            {
                sign = line.Trim('[', ']') switch
                {
                    "more" => 1,
                    "less" => -1,
                    var other => throw new InvalidDataException($"comparatives.txt: [{other}] is neither [more] nor [less]."),
                };
                continue;
            }

            if (sign == 0)
            {
                throw new InvalidDataException("comparatives.txt: words before the first [more] or [less] line.");
            }

            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map[word] = sign;
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(string file) =>
        LexiconFile.Words(file).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, SignalClass> ReadSignals()
    {
        var map = new Dictionary<string, SignalClass>(StringComparer.Ordinal);
        var current = SignalClass.None;
        foreach (var line in LexiconFile.Lines("signals.txt"))
        {
            if (line.StartsWith('['))
            {
                current = SignalClasses.Parse(line.Trim('[', ']'));
                continue;
            }

            if (current == SignalClass.None)
            {
                throw new InvalidDataException("signals.txt: words before the first [class] line.");
            }

            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map[word] = map.GetValueOrDefault(word) | current;
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
