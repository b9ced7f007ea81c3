namespace ChatOps.Core.Checking.Support;

/// <summary>
/// For each cited source and each distinct claim word of a check, the set of the source's sentences that hold the
/// word's stem, as bits: worked out once per check, so finding a claim's supporting sentences tests bits instead of
/// looking every word up in every sentence. One instance per check.
/// </summary>
internal sealed class SentenceMasks
{
    /// <summary>Sources with more sentences than this are read sentence by sentence.</summary>
    public const int MostSentences = 63;

    // Bit 63 marks a worked-out entry, so that a word in no sentence is not worked out again.
    private const ulong Known = 1UL << 63;

    private readonly PerSourceTables<ulong> tables = new(32);

    /// <summary>Forgets the check's words: the next check numbers its words afresh.</summary>
    public void Clear() => tables.Clear();

    /// <summary>
    /// For each of <paramref name="claimWords"/>, the sentences of <paramref name="source"/> (at most
    /// <see cref="MostSentences"/>) that hold the word's stem, into <paramref name="into"/>.
    /// </summary>
    public void Of(SourceTerms source, ClaimWords words, List<int> claimWords, Span<ulong> into)
    {
        var table = tables.Of(source, words.DistinctCount);
        for (var k = 0; k < claimWords.Count; k++)
        {
            var i = claimWords[k];
            ref var mask = ref table[words.DistinctId(i)];
            if (mask == 0)
            {
                mask = Known;
                var stem = words.Stem(i);
                var sentences = source.Sentences;
                for (var s = 0; s < sentences.Length; s++)
                {
                    if (sentences[s].Stems.Contains(stem))
                    {
                        mask |= 1UL << s;
                    }
                }
            }

            into[k] = mask;
        }
    }

    /// <summary>Whether sentence <paramref name="sentence"/> is in <paramref name="mask"/>.</summary>
    public static bool Holds(ulong mask, int sentence) => ((mask >> sentence) & 1) != 0;

    /// <summary>
    /// Of <paramref name="count"/> sentences, the one holding most words not yet covered; ties go to the earlier one;
    /// -1 when none holds any.
    /// </summary>
    public static int Best(int count, ReadOnlySpan<ulong> inSentences, ReadOnlySpan<bool> covered)
    {
        var best = -1;
        var bestScore = 0;
        for (var s = 0; s < count; s++)
        {
            var score = 0;
            for (var k = 0; k < inSentences.Length; k++)
            {
                if (!covered[k] && Holds(inSentences[k], s))
                {
                    score++;
                }
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = s;
            }
        }

        return best;
    }
}
