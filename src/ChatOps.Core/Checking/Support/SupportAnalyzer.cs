namespace ChatOps.Core.Checking.Support;

/// <summary>
/// Reads a claim against the sources it cites and lists what they do not say: names, organisations, scope,
/// negation, direction and status words, outcomes, causes, and content words. One instance per check; it reuses
/// its buffers from claim to claim.
/// </summary>
internal sealed class SupportAnalyzer(SupportLexicon lexicon)
{
    private readonly ClaimWords words = new(lexicon);

    /// <summary>What the cited sources do not say of <paramref name="plain"/>.</summary>
    public SupportGaps Analyse(string plain, IReadOnlyList<SourceTerms> cited)
    {
        words.Read(plain);
        var gaps = new SupportGaps();
        var inCause = false;
        var skip = 0;
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
                    AddOnce(gaps.Names, words.Word(i).ToString());
                }

                continue;
            }

            var signal = lexicon.Signal(lower) & SignalClass.ClaimClasses;
            if (signal != SignalClass.None)
            {
                if (!IsExempt(i, signal, cited) && !SignalSupported(signal, found, cited))
                {
                    gaps.Signals.Add((words.Word(i).ToString(), signal));
                }

                continue;
            }

            if (lexicon.IsFunctionWord(lower))
            {
                continue;
            }

            if (lexicon.IsOrganisation(lower))
            {
                if (UnnamedModifiers(i, cited) is { } organisation)
                {
                    AddOnce(gaps.Organisations, organisation);
                }

                continue;
            }

            gaps.ContentWords++;
            if (lexicon.IsStatusWord(lower))
            {
                if (!found)
                {
                    AddOnce(gaps.Outcomes, words.Word(i).ToString());
                }
                else if (IsPastForm(lower) && !ReportedAsEvent(i, cited))
                {
                    AddOnce(gaps.PolicyOutcomes, words.Word(i).ToString());
                }
            }

            if (!found)
            {
                gaps.Missing.Add(words.Word(i).ToString());
                if (inCause)
                {
                    gaps.CauseWords.Add(words.Word(i).ToString());
                }
            }
        }

        return gaps;
    }

    /// <summary>The stems of the claim's words that carry content, numbers included, for finding the sentences that support it.</summary>
    public void ContentStems(string plain, List<string> into)
    {
        words.Read(plain);
        for (var i = 0; i < words.Count; i++)
        {
            var lower = words.Lower(i);
            if (words.Token(i).HasDigit || IsContent(lower))
            {
                into.Add(words.Stem(i).ToString());
            }
        }
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

    // "the finance team": the words that say which team must be in a cited source.
    private string? UnnamedModifiers(int i, IReadOnlyList<SourceTerms> cited)
    {
        var first = i;
        var missing = false;
        while (first > 0 && words.GapBefore(first).IsWhiteSpace() && !words.Token(first - 1).HasDigit
               && !lexicon.IsFunctionWord(words.Lower(first - 1)))
        {
            first--;
            missing |= !Found(first, cited);
        }

        if (!missing)
        {
            return null;
        }

        var start = words.Token(first).Start;
        return words.Text[start..words.Token(i).End];
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

    private static void AddOnce(List<string> list, string item)
    {
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }
}
