namespace ChatOps.Core.Checking.Support;

/// <summary>
/// For each cited source and each distinct claim word of a check, what the source says of the word (holds it, holds
/// its stem, holds it in a settled clause), asked of the source once per check on first need: a draft repeats its
/// words and its citations, and a miss costs the source a dozen look-ups (every prefix of the word). One check at a time.
/// </summary>
internal sealed class SourceWordReads
{
    private readonly PerSourceTables<Answers> tables = new(64);

    // The tables of the claim's cited sources, in the order cited: resolved once per claim.
    private Answers[][] current = new Answers[4][];
    private SourceTerms[] currentSources = [];

    [Flags]
    private enum Answers : byte
    {
        HasKnown = 1,
        Has = 2,
        StemKnown = 4,
        Stem = 8,
        SettledKnown = 16,
        Settled = 32,
    }

    /// <summary>Forgets the check's words: the next check numbers its words afresh.</summary>
    public void Clear()
    {
        tables.Clear();
        Array.Clear(current);
        currentSources = [];
    }

    /// <summary>Readies the tables of <paramref name="cited"/> for the words read so far (<paramref name="distinct"/> of them).</summary>
    public void Begin(SourceTerms[] cited, int distinct)
    {
        if (cited.Length > current.Length)
        {
            current = new Answers[Math.Max(cited.Length, 2 * current.Length)][];
        }

        for (var c = 0; c < cited.Length; c++)
        {
            current[c] = tables.Of(cited[c], distinct);
        }

        currentSources = cited;
    }

    /// <summary>Whether cited source <paramref name="c"/> says claim word <paramref name="i"/> (<see cref="SourceTerms.Has"/>).</summary>
    public bool Has(int c, ClaimWords words, int i)
    {
        ref var answers = ref current[c][words.DistinctId(i)];
        if ((answers & Answers.HasKnown) == 0)
        {
            answers |= Answers.HasKnown | (currentSources[c].Has(words.Lower(i), words.Stem(i)) ? Answers.Has : 0);
        }

        return (answers & Answers.Has) != 0;
    }

    /// <summary>Whether cited source <paramref name="c"/> holds claim word <paramref name="i"/>'s stem (<see cref="SourceTerms.HasStem"/>).</summary>
    public bool HasStem(int c, ClaimWords words, int i)
    {
        ref var answers = ref current[c][words.DistinctId(i)];
        if ((answers & Answers.StemKnown) == 0)
        {
            answers |= Answers.StemKnown | (currentSources[c].HasStem(words.Stem(i)) ? Answers.Stem : 0);
        }

        return (answers & Answers.Stem) != 0;
    }

    /// <summary>Whether cited source <paramref name="c"/> holds claim word <paramref name="i"/>'s stem in a settled clause (<see cref="SourceTerms.IsSettled"/>).</summary>
    public bool IsSettled(int c, ClaimWords words, int i)
    {
        ref var answers = ref current[c][words.DistinctId(i)];
        if ((answers & Answers.SettledKnown) == 0)
        {
            answers |= Answers.SettledKnown | (currentSources[c].IsSettled(words.Stem(i)) ? Answers.Settled : 0);
        }

        return (answers & Answers.Settled) != 0;
    }
}
