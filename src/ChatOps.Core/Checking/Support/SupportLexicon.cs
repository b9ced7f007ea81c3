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
        causeWords = LexiconFile.Words("cause-words.txt").Where(w => !w.Contains('+', StringComparison.Ordinal))
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        CausePhrases = LexiconFile.Words("cause-words.txt").Where(w => w.Contains('+', StringComparison.Ordinal))
            .Select(w => w.Split('+')).ToArray();
        signals = ReadSignals().GetAlternateLookup<ReadOnlySpan<char>>();

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

        groups = byStem.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        calendar = calendarStems.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The tables as shipped.</summary>
    public static SupportLexicon Default { get; } = new();

    /// <summary>Two-word cause openers ("due to", "led to").</summary>
    public IReadOnlyList<string[]> CausePhrases { get; }

    public string? IrregularForm(ReadOnlySpan<char> lower) => irregular.TryGetValue(lower, out var form) ? form : null;

    public bool IsFunctionWord(ReadOnlySpan<char> lower) => functionWords.Contains(lower);

    public bool IsStatusWord(ReadOnlySpan<char> lower) => statusWords.Contains(lower);

    public bool IsOrganisation(ReadOnlySpan<char> lower) => organisations.Contains(lower);

    public bool IsNotName(ReadOnlySpan<char> lower) => notNames.Contains(lower);

    public bool IsCauseWord(ReadOnlySpan<char> lower) => causeWords.Contains(lower);

    public bool IsIrregular(ReadOnlySpan<char> lower) => irregular.ContainsKey(lower);

    public SignalClass Signal(ReadOnlySpan<char> lower) => signals.TryGetValue(lower, out var signal) ? signal : SignalClass.None;

    /// <summary>The equivalence lines a stem belongs to (empty when none).</summary>
    public ReadOnlySpan<int> Groups(ReadOnlySpan<char> stem) => groups.TryGetValue(stem, out var ids) ? ids : [];

    public bool IsCalendarWord(ReadOnlySpan<char> stem) => calendar.Contains(stem);

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
