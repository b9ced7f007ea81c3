namespace ChatOps.Core.Checking.Support;

/// <summary>Finds, in each cited source, the sentences that share most of a claim's words: what an approver reads beside the claim.</summary>
internal static class SupportLocator
{
    /// <summary>At most this many sentences of one source back one claim.</summary>
    public const int MostPerSource = 2;

    public static IReadOnlyList<SupportSpan> Locate(IReadOnlyList<string> claimStems, IReadOnlyList<SourceTerms> cited)
    {
        if (claimStems.Count == 0 || cited.Count == 0)
        {
            return [];
        }

        List<SupportSpan>? spans = null;
        Span<bool> covered = claimStems.Count <= 128 ? stackalloc bool[claimStems.Count] : new bool[claimStems.Count];
        foreach (var source in cited)
        {
            covered.Clear();
            for (var pick = 0; pick < MostPerSource; pick++)
            {
                var best = Best(source, claimStems, covered);
                if (best is null)
                {
                    break;
                }

                for (var i = 0; i < claimStems.Count; i++)
                {
                    covered[i] |= best.Stems.Contains(claimStems[i]);
                }

                var text = source.Source.Text;
                (spans ??= []).Add(new SupportSpan(source.Source.Id, best.Start, best.End, text[best.Start..best.End]));
            }
        }

        return spans ?? (IReadOnlyList<SupportSpan>)[];
    }

    /// <summary>The sentence of the cited sources that shares most of the claim's words, for a finding's suggestion.</summary>
    public static (SourceTerms Source, SourceSentence Sentence)? Closest(IReadOnlyList<string> claimStems, IEnumerable<SourceTerms> sources)
    {
        (SourceTerms, SourceSentence)? closest = null;
        var bestScore = 0;
        Span<bool> none = claimStems.Count <= 128 ? stackalloc bool[claimStems.Count] : new bool[claimStems.Count];
        foreach (var source in sources)
        {
            if (Best(source, claimStems, none) is { } sentence)
            {
                var score = Score(sentence, claimStems, none);
                if (score > bestScore)
                {
                    bestScore = score;
                    closest = (source, sentence);
                }
            }
        }

        return closest;
    }

    // The sentence adding most words not yet covered; ties go to the earlier sentence; null when none adds any.
    private static SourceSentence? Best(SourceTerms source, IReadOnlyList<string> claimStems, ReadOnlySpan<bool> covered)
    {
        SourceSentence? best = null;
        var bestScore = 0;
        foreach (var sentence in source.Sentences)
        {
            var score = Score(sentence, claimStems, covered);
            if (score > bestScore)
            {
                bestScore = score;
                best = sentence;
            }
        }

        return best;
    }

    private static int Score(SourceSentence sentence, IReadOnlyList<string> claimStems, ReadOnlySpan<bool> covered)
    {
        var score = 0;
        for (var i = 0; i < claimStems.Count; i++)
        {
            if (!covered[i] && sentence.Stems.Contains(claimStems[i]))
            {
                score++;
            }
        }

        return score;
    }
}
