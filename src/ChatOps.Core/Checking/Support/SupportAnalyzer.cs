using ChatOps.Core.Checking.Rules;

namespace ChatOps.Core.Checking.Support;

/// <summary>
/// Reads a claim against the sources it cites and lists what they do not say: names, organisations, scope,
/// negation, direction and status words, outcomes, causes, and content words. One instance per check; it reuses
/// its buffers from claim to claim.
/// </summary>
internal sealed class SupportAnalyzer(SupportLexicon lexicon)
{
    /// <summary>At most this many sentences of one source back one claim.</summary>
    public const int MostPerSource = 2;

    private readonly ClaimWords words = new(lexicon);

    private readonly List<Gap> gaps = [];
    private readonly List<int> contentWords = [];

    /// <summary>
    /// Reads <paramref name="plain"/> against its cited sources: the sentences that back it and, when
    /// <paramref name="judge"/> is set, what the sources do not say. Allocates only what it reports.
    /// </summary>
    public StatementSupport Read(string plain, IReadOnlyList<SourceTerms> cited, bool judge)
    {
        words.Read(plain);
        contentWords.Clear();
        for (var i = 0; i < words.Count; i++)
        {
            if (words.Token(i).HasDigit || IsContent(words.Lower(i)))
            {
                contentWords.Add(i);
            }
        }

        var spans = Locate(cited);
        var found = judge ? Judge(cited) : null;
        return new StatementSupport(found, cited, spans, found is null ? null : Closest(cited));
    }

    // What the cited sources do not say, or null when they say it all.
    private SupportGaps? Judge(IReadOnlyList<SourceTerms> cited)
    {
        gaps.Clear();
        var inCause = false;
        var skip = 0;
        var content = 0;
        var missing = 0;
        var causeMissing = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var lower = words.Lower(i);
            if (inCause && i > 0 && (IsClauseBreak(words.GapBefore(i)) || lower is "and"))
            {
                inCause = false;
            }

            if (skip > 0)
            {
                skip--;
                continue;
            }

            if (lexicon.IsCauseWord(lower))
            {
                inCause = true;
                continue;
            }

            if (CausePhraseLength(i) is > 0 and var phrase)
            {
                inCause = true;
                skip = phrase - 1;
                continue;
            }

            if (words.Token(i).HasDigit)
            {
                continue;
            }

            var stem = words.Stem(i);
            var found = Found(i, cited);
            if (IsName(i, lower, stem))
            {
                if (!found && !(IsAcronym(words.Word(i)) && SpellsInitials(i, cited)) && !InUri(lower, cited))
                {
                    gaps.Add(new Gap(GapKind.Name, i, i, SignalClass.None));
                }

                continue;
            }

            var signal = lexicon.Signal(lower) & SignalClass.ClaimClasses;
            if (signal != SignalClass.None)
            {
                if (!IsExempt(i, signal, cited) && !SignalSupported(signal, found, cited))
                {
                    gaps.Add(new Gap(GapKind.Signal, i, i, signal));
                }

                continue;
            }

            if (lexicon.IsFunctionWord(lower))
            {
                continue;
            }

            if (lexicon.IsOrganisation(lower))
            {
                if (UnnamedModifiers(i, cited) is var first and >= 0)
                {
                    gaps.Add(new Gap(GapKind.Organisation, i, first, SignalClass.None));
                }

                continue;
            }

            content++;
            if (lexicon.IsStatusWord(lower))
            {
                if (!found)
                {
                    gaps.Add(new Gap(GapKind.Outcome, i, i, SignalClass.None));
                }
                else if (IsPastForm(lower) && !ReportedAsEvent(i, cited))
                {
                    gaps.Add(new Gap(GapKind.PolicyOutcome, i, i, SignalClass.None));
                }
            }

            if (!found)
            {
                missing++;
                gaps.Add(new Gap(GapKind.Missing, i, i, SignalClass.None));
                if (inCause)
                {
                    causeMissing++;
                    gaps.Add(new Gap(GapKind.Cause, i, i, SignalClass.None));
                }
            }
        }

        var decisive = false;
        foreach (var gap in gaps)
        {
            decisive |= gap.Kind is not (GapKind.Missing or GapKind.Cause);
        }

        var elsewhere = missing >= SupportGaps.MinMissing && missing >= SupportGaps.MissingShare * content;
        if (!decisive && !elsewhere && causeMissing < SupportGaps.MinCauseWords)
        {
            return null;
        }

        var result = new SupportGaps { ContentWords = content };
        foreach (var gap in gaps)
        {
            var word = words.Word(gap.Word).ToString();
            switch (gap.Kind)
            {
                case GapKind.Name:
                    AddOnce(result.Names, word);
                    break;
                case GapKind.Organisation:
                    AddOnce(result.Organisations, words.Text[words.Token(gap.First).Start..words.Token(gap.Word).End]);
                    break;
                case GapKind.Signal:
                    result.Signals.Add((word, gap.Signal));
                    break;
                case GapKind.Outcome:
                    AddOnce(result.Outcomes, word);
                    break;
                case GapKind.PolicyOutcome:
                    AddOnce(result.PolicyOutcomes, word);
                    break;
                case GapKind.Missing:
                    result.Missing.Add(word);
                    break;
                case GapKind.Cause:
                    result.CauseWords.Add(word);
                    break;
            }
        }

        return result;
    }

    // In each cited source, up to MostPerSource sentences that together share most of the claim's content words.
    private SupportSpan[] Locate(IReadOnlyList<SourceTerms> cited)
    {
        if (contentWords.Count == 0 || cited.Count == 0)
        {
            return [];
        }

        Span<bool> covered = contentWords.Count <= 256 ? stackalloc bool[contentWords.Count] : new bool[contentWords.Count];
        Span<(int Source, int Sentence)> picked = stackalloc (int, int)[MostPerSource * 8];
        var count = 0;
        for (var c = 0; c < cited.Count; c++)
        {
            covered.Clear();
            for (var pick = 0; pick < MostPerSource && count < picked.Length; pick++)
            {
                var best = Best(cited[c], covered);
                if (best < 0)
                {
                    break;
                }

                var sentence = cited[c].Sentences[best];
                for (var k = 0; k < contentWords.Count; k++)
                {
                    covered[k] |= sentence.Stems.Contains(words.Stem(contentWords[k]));
                }

                picked[count++] = (c, best);
            }
        }

        var spans = new SupportSpan[count];
        for (var k = 0; k < count; k++)
        {
            var source = cited[picked[k].Source];
            spans[k] = source.Sentences[picked[k].Sentence].SpanOf(source.Source);
        }

        return spans;
    }

    // The sentence adding most claim words not yet covered; ties go to the earlier one; -1 when none adds any.
    private int Best(SourceTerms source, ReadOnlySpan<bool> covered)
    {
        var best = -1;
        var bestScore = 0;
        var sentences = source.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            var score = 0;
            for (var k = 0; k < contentWords.Count; k++)
            {
                if (!covered[k] && sentences[s].Stems.Contains(words.Stem(contentWords[k])))
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

    // The one sentence of all cited sources closest to the claim, quoted in a finding's suggestion.
    private string? Closest(IReadOnlyList<SourceTerms> cited)
    {
        Span<bool> none = contentWords.Count <= 256 ? stackalloc bool[contentWords.Count] : new bool[contentWords.Count];
        SupportSpan? closest = null;
        var bestScore = 0;
        foreach (var source in cited)
        {
            var best = Best(source, none);
            if (best < 0)
            {
                continue;
            }

            var score = 0;
            for (var k = 0; k < contentWords.Count; k++)
            {
                score += source.Sentences[best].Stems.Contains(words.Stem(contentWords[k])) ? 1 : 0;
            }

            if (score > bestScore)
            {
                bestScore = score;
                closest = source.Sentences[best].SpanOf(source.Source);
            }
        }

        // Nothing shares a word with the claim: what the first cited source opens with is still the closest it comes.
        if (closest is null && cited.Count > 0 && cited[0].Sentences.Count > 0)
        {
            closest = cited[0].Sentences[0].SpanOf(cited[0].Source);
        }

        return closest is null ? null : $"{closest.SourceId}: \"{closest.Text}\"";
    }

    private bool Found(int i, IReadOnlyList<SourceTerms> cited)
    {
        var lower = words.Lower(i);
        var stem = words.Stem(i);
        foreach (var source in cited)
        {
            if (source.Has(lower, stem))
            {
                return true;
            }
        }

        var word = words.Word(i);
        if (!WordScanner.HasParts(word))
        {
            return false;
        }

        // "end-of-term dashboard" is supported when each part is.
        Span<char> partLower = stackalloc char[WordStemmer.MaxLength];
        Span<char> partStem = stackalloc char[WordStemmer.MaxLength];
        foreach (var range in word.SplitAny("-_/."))
        {
            var part = word[range];
            if (part.IsEmpty)
            {
                continue;
            }

            var n = WordStemmer.Lower(part, partLower);
            var m = WordStemmer.Stem(part, partStem, lexicon);
            var any = false;
            foreach (var source in cited)
            {
                any |= source.Has(partLower[..n], partStem[..m]);
            }

            if (!any)
            {
                return false;
            }
        }

        return true;
    }

    // A capitalised word inside a sentence, or an acronym anywhere, names someone or something.
    private bool IsName(int i, ReadOnlySpan<char> lower, ReadOnlySpan<char> stem)
    {
        var word = words.Word(i);
        if (lexicon.IsNotName(lower) || lexicon.IsCalendarWord(stem))
        {
            return false;
        }

        return IsAcronym(word) || (char.IsUpper(word[0]) && !words.IsInitial(i));
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
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

    private bool SpellsInitials(int i, IReadOnlyList<SourceTerms> cited)
    {
        foreach (var source in cited)
        {
            if (source.SpellsInitials(words.Lower(i)))
            {
                return true;
            }
        }

        return false;
    }

    // The past form stands in a source as written, or a source that is not a policy document holds the word.
    private bool ReportedAsEvent(int i, IReadOnlyList<SourceTerms> cited)
    {
        foreach (var source in cited)
        {
            if (source.HasWord(words.Lower(i)) || (!source.IsPolicy && source.Has(words.Lower(i), words.Stem(i))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InUri(ReadOnlySpan<char> lower, IReadOnlyList<SourceTerms> cited)
    {
        if (lower.Length < 3)
        {
            return false;
        }

        foreach (var source in cited)
        {
            if (source.Uri.AsSpan().Contains(lower, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "all 5 accounts" takes its scope from the count, which the number rule checks; "only 0.2 GB" is an amount.
    private bool IsExempt(int i, SignalClass signal, IReadOnlyList<SourceTerms> cited)
    {
        if (i + 1 >= words.Count || !words.Token(i + 1).HasDigit)
        {
            return false;
        }

        if (signal == SignalClass.Exclusive)
        {
            return true;
        }

        if (signal != SignalClass.Universal)
        {
            return false;
        }

        foreach (var source in cited)
        {
            if (source.HasWord(words.Lower(i + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private bool SignalSupported(SignalClass signal, bool found, IReadOnlyList<SourceTerms> cited)
    {
        if (signal.HasFlag(SignalClass.Negative))
        {
            return NegationSupported(cited);
        }

        if (found)
        {
            return true;
        }

        var accepted = SignalClass.None;
        foreach (var flag in Enum.GetValues<SignalClass>())
        {
            if (flag != SignalClass.None && flag != SignalClass.ClaimClasses && signal.HasFlag(flag))
            {
                accepted |= SignalClasses.AcceptedFor(flag);
            }
        }

        foreach (var source in cited)
        {
            if ((source.Signals & accepted) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // A negative claim needs a source sentence that negates (or says absent, fine, zero) and is about something the claim names.
    private bool NegationSupported(IReadOnlyList<SourceTerms> cited)
    {
        foreach (var source in cited)
        {
            foreach (var sentence in source.Sentences)
            {
                if (!sentence.Negates)
                {
                    continue;
                }

                // A claim that repeats the negating sentence word for word says what it says.
                if (words.Text.AsSpan().Contains(source.Source.Text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                for (var i = 0; i < words.Count; i++)
                {
                    var lower = words.Lower(i);
                    if (!words.Token(i).HasDigit && IsContent(lower) && sentence.Stems.Contains(words.Stem(i)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // "the finance team": the words that say which team must be in a cited source. The first of them, or -1 when all are.
    private int UnnamedModifiers(int i, IReadOnlyList<SourceTerms> cited)
    {
        var first = i;
        var missing = false;
        while (first > 0 && words.GapBefore(first).IsWhiteSpace() && !words.Token(first - 1).HasDigit
               && !lexicon.IsFunctionWord(words.Lower(first - 1)))
        {
            first--;
            missing |= !Found(first, cited);
        }

        return missing ? first : -1;
    }

    private int CausePhraseLength(int i)
    {
        foreach (var phrase in lexicon.CausePhrases)
        {
            if (i + phrase.Length > words.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < phrase.Length && matches; k++)
            {
                matches = words.Lower(i + k).SequenceEqual(phrase[k]) && (k == 0 || words.GapBefore(i + k).IsWhiteSpace());
            }

            if (matches)
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    // A word that says what the claim is about: not a function word, a claim signal or a cause opener.
    private bool IsContent(ReadOnlySpan<char> lower) =>
        !lexicon.IsFunctionWord(lower) && (lexicon.Signal(lower) & SignalClass.ClaimClasses) == 0 && !lexicon.IsCauseWord(lower);

    private bool IsPastForm(ReadOnlySpan<char> lower) => lower.EndsWith("ed") || lexicon.IsIrregular(lower);

    private static bool IsClauseBreak(ReadOnlySpan<char> gap)
    {
        var trimmed = gap.Trim();
        return trimmed is "," or ";";
    }

    private enum GapKind
    {
        Name,
        Organisation,
        Signal,
        Outcome,
        PolicyOutcome,
        Missing,
        Cause,
    }

    // One thing the sources do not say, held as word positions until the claim turns out unsupported.
    private readonly record struct Gap(GapKind Kind, int Word, int First, SignalClass Signal);

    private static void AddOnce(List<string> list, string item)
    {
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }
}
