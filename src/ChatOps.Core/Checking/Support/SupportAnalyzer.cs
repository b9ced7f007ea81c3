using ChatOps.Core.Checking.Rules;

namespace ChatOps.Core.Checking.Support;

/// <summary>
/// Reads a claim against the sources it cites and lists what they do not say: names, organisations, scope,
/// negation, direction and status words, outcomes, causes, and content words. One check at a time (cleared between checks); it reuses
/// its buffers from claim to claim.
/// </summary>
internal sealed class SupportAnalyzer(SupportLexicon lexicon)
{
    /// <summary>At most this many sentences of one source back one claim.</summary>
    public const int MostPerSource = 2;

    private const SignalClass Directions = SignalClass.Increase | SignalClass.Decrease | SignalClass.Improve | SignalClass.Degrade;

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(",;.:()");

    private readonly ClaimWords words = new(lexicon);

    private readonly List<Gap> gaps = [];
    private readonly List<int> contentWords = [];
    private readonly List<string> contradictions = [];
    private readonly SharedReads reads = new();
    private readonly SentenceMasks sentenceMasks = new();
    private readonly List<int> causeFound = [];
    private readonly SourceWordReads sourceWords = new();

    /// <summary>Forgets the check: what the next check reads is numbered and shared afresh, as in a new analyzer.</summary>
    public void Clear()
    {
        words.Clear();
        reads.Clear();
        sentenceMasks.Clear();
        sourceWords.Clear();
    }

    /// <summary>
    /// Reads <paramref name="plain"/> against its cited sources: the sentences that back it and, when
    /// <paramref name="judge"/> is set, what the sources do not say. Allocates only what it reports.
    /// </summary>
    public StatementSupport Read(string plain, SourceTerms[] cited, bool judge)
    {
        words.Read(plain);
        sourceWords.Begin(cited, words.DistinctCount);
        contentWords.Clear();
        for (var i = 0; i < words.Count; i++)
        {
            if (words.Token(i).HasDigit || IsContent(i))
            {
                contentWords.Add(i);
            }
        }

        var spans = Locate(cited);
        var found = judge ? Judge(cited) : null;
        return found is null ? reads.Supported(cited, spans) : new StatementSupport(found, cited, spans, Closest(cited));
    }

    // What the cited sources do not say, or null when they say it all.
    private SupportGaps? Judge(SourceTerms[] cited)
    {
        gaps.Clear();
        contradictions.Clear();
        causeFound.Clear();
        var inCause = false;
        var inCondition = IsHypothetical();
        var claimPending = SaysPending();
        var wholeClaimHypothetical = inCondition;
        var anyCondition = inCondition;
        var skip = 0;
        var content = 0;
        var missing = 0;
        var causeMissing = 0;
        var inferenceOnly = false;
        var inferenceMissing = 0;
        AddUnnamedRequesters(cited);
        for (var i = 0; i < words.Count; i++)
        {
            var lower = words.Lower(i);
            var info = words.Info(i);
            if (inCause && i > 0 && (IsClauseBreak(words.GapBefore(i)) || lower is "and"))
            {
                inCause = false;
            }

            if (inCondition && !wholeClaimHypothetical && i > 0 && IsClauseBreak(words.GapBefore(i)))
            {
                inCondition = false;
            }

            if (info.Is(WordKind.Condition) || (i == 0 && lower is "without"))
            {
                inCondition = true;
                anyCondition = true;
                continue;
            }

            if (skip > 0)
            {
                skip--;
                continue;
            }

            if (info.Is(WordKind.Cause) || OpensClauseCause(i))
            {
                inCause = true;
                inferenceOnly = !info.Is(WordKind.Cause);
                continue;
            }

            // "approved the change to bring Pro closer to …": the purpose of a decision is a cause the sources must give.
            if (OpensPurpose(i))
            {
                inCause = true;
                inferenceOnly = false;
                continue;
            }

            if (CausePhraseLength(i) is > 0 and var phrase)
            {
                inCause = true;
                inferenceOnly = false;
                skip = phrase - 1;
                continue;
            }

            // "was started by the nightly maintenance job": who or what did it is a cause the sources must give.
            if (lower is "by" && i > 1 && IsPastForm(words.Lower(i - 1)) && words.Lower(i - 2) is "was" or "were" or "been" or "is" or "are" or "being")
            {
                inCause = true;
                inferenceOnly = false;
                continue;
            }

            if (words.Token(i).HasDigit)
            {
                if (inCause && !inferenceOnly && AnyHasWord(cited, lower))
                {
                    causeFound.Add(i);
                }

                continue;
            }

            if (IsName(i))
            {
                if (!Found(i, cited) && !(words.Is(i, WordShape.Acronym) && SpellsInitials(i, cited)) && !InUri(lower, cited))
                {
                    gaps.Add(new Gap(GapKind.Name, i, i, SignalClass.None));
                }

                continue;
            }

            // "Firebase returned 96,400 quota errors": at the start of a sentence only a word that is no ordinary English
            // word reads as a name.
            if (IsUnknownInitial(i) && !HeldAsWritten(i, cited) && !InUri(lower, cited) && !OpensKnownName(i, cited))
            {
                gaps.Add(new Gap(GapKind.Name, i, i, SignalClass.None));
                continue;
            }

            var phraseSignal = PhraseSignal(i);
            var signal = phraseSignal != SignalClass.None ? phraseSignal : info.Signal & (SignalClass.ClaimClasses | SignalClass.Determiner);
            if (signal != SignalClass.None)
            {
                // A condition or a hypothetical ("If you have already paid", "would have crashed") states no scope or status.
                var judged = !(inCondition && (signal & (SignalClass.Universal | SignalClass.Always | SignalClass.Exclusive | SignalClass.Negative | SignalClass.Already)) != 0);
                // "has gone up" is stated by a source's "up 22%" as well as by its direction words.
                var supported = phraseSignal != SignalClass.None
                    ? AnySays(cited, SignalClasses.AcceptedFor(phraseSignal)) || AnyHasWord(cited, words.Lower(i))
                    : SignalSupported(i, signal, cited);
                if (judged && !IsExempt(i, signal, cited) && (!supported || TrendContradicts(signal) || HeldUnchanged(i, signal, cited)))
                {
                    gaps.Add(new Gap(GapKind.Signal, i, i, signal));
                }

                continue;
            }

            if (info.Is(WordKind.Function))
            {
                continue;
            }

            if (info.Is(WordKind.Organisation))
            {
                if (UnnamedModifiers(i, cited) is var first and >= 0)
                {
                    gaps.Add(new Gap(GapKind.Organisation, i, first, SignalClass.None));
                }

                continue;
            }

            content++;
            var found = Found(i, cited);
            if (found && inCause && !inferenceOnly)
            {
                causeFound.Add(i);
            }

            if (!found && IsStatusLabel(i))
            {
                gaps.Add(new Gap(GapKind.Outcome, i, i, SignalClass.None));
            }

            if (info.Is(WordKind.Status) && !inCondition)
            {
                // "waiting to be processed", "had stopped being processed": a state not reached is no outcome.
                var notReached = NotReached(i);
                if (!found && !notReached)
                {
                    gaps.Add(new Gap(GapKind.Outcome, i, i, SignalClass.None));
                }
                else if (found && IsPastForm(lower) && !IsPresentPassive(i) && !ReportedAsEvent(i, cited))
                {
                    gaps.Add(new Gap(GapKind.PolicyOutcome, i, i, SignalClass.None));
                }
                else if (found && !claimPending && OnlyPending(i, cited))
                {
                    gaps.Add(new Gap(GapKind.Pending, i, i, SignalClass.None));
                }
            }

            else if (!found && IsAuthorsPastAction(i))
            {
                gaps.Add(new Gap(GapKind.Outcome, i, i, SignalClass.None));
            }

            if (!found)
            {
                missing++;
                gaps.Add(new Gap(GapKind.Missing, i, i, SignalClass.None));
                if (inCause)
                {
                    causeMissing += inferenceOnly ? 0 : 1;
                    inferenceMissing += inferenceOnly ? 1 : 0;
                    gaps.Add(new Gap(GapKind.Cause, i, i, SignalClass.None));
                }
            }
        }

        AddReversedComparisons(cited);
        AddUnfoundedComparisons(cited);
        AddAttributeCauses(cited);
        AddOneTimeForAll(cited);
        AddPossessivesApart(cited);
        AddDeniedFields(cited);
        AddReversedUniversals(cited);

        if (WidenedSubject(cited) is >= 0 and var widened)
        {
            gaps.Add(new Gap(GapKind.Widened, widened, 0, SignalClass.None));
        }

        // A rule with a condition ("are reimbursed if you ask") reports nothing as done.
        if (!claimPending && !anyCondition && SaidOnlyAsExpected(cited) is (>= 0 and var expectedFirst, var expectedLast))
        {
            gaps.Add(new Gap(GapKind.Expected, expectedLast, expectedFirst, SignalClass.None));
        }

        // "all" needs the source's own universal word only when a source says part, or the claim adds more than a word:
        // a claim that restates a plain source statement about a whole group may say "all" (spec v2, "Support").
        if (missing <= 1 && !AnySays(cited, SignalClass.Partial))
        {
            var possible = AnySays(cited, SignalClass.Possible);
            var kept = 0;
            for (var g = 0; g < gaps.Count; g++)
            {
                var gap = gaps[g];
                var restated = gap.Kind == GapKind.Signal
                    && ((gap.Signal == SignalClass.Universal && !QualifiedInSource(gap.Word, cited)) || (gap.Signal == SignalClass.Always && !possible));
                if (!restated)
                {
                    gaps[kept++] = gap;
                }
            }

            gaps.RemoveRange(kept, gaps.Count - kept);
        }

        var decisive = contradictions.Count > 0;
        foreach (var gap in gaps)
        {
            decisive |= gap.Kind is not (GapKind.Missing or GapKind.Cause);
        }

        var elsewhere = missing >= SupportGaps.MinMissing && missing >= SupportGaps.MissingShare * content;

        if (!decisive && !elsewhere && causeMissing < SupportGaps.MinCauseWords && inferenceMissing < SupportGaps.MinInferenceWords)
        {
            return null;
        }

        var result = new SupportGaps { ContentWords = content };
        result.Contradicted.AddRange(contradictions);
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
                case GapKind.Requester:
                    AddOnce(result.Requesters, words.Text[words.Token(gap.First).Start..words.Token(gap.Word).End]);
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
                case GapKind.Pending:
                    AddOnce(result.PendingOutcomes, word);
                    break;
                case GapKind.Widened:
                    AddOnce(result.Widened, words.Text[words.Token(gap.First).Start..words.Token(gap.Word).End]);
                    break;
                case GapKind.Expected:
                    AddOnce(result.ExpectedOnly, words.Text[words.Token(gap.First).Start..words.Token(gap.Word).End]);
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
    private SupportSpan[] Locate(SourceTerms[] cited)
    {
        if (contentWords.Count == 0 || cited.Length == 0)
        {
            return [];
        }

        Span<bool> covered = contentWords.Count <= 256 ? stackalloc bool[contentWords.Count] : new bool[contentWords.Count];
        Span<ulong> inSentences = contentWords.Count <= 256 ? stackalloc ulong[contentWords.Count] : new ulong[contentWords.Count];
        Span<(int Source, int Sentence)> picked = stackalloc (int, int)[MostPerSource * 8];
        var count = 0;
        for (var c = 0; c < cited.Length; c++)
        {
            // Which sentences hold each content word: one look-up per word and source instead of one per sentence.
            var byMask = cited[c].Sentences.Length <= SentenceMasks.MostSentences;
            if (byMask)
            {
                sentenceMasks.Of(cited[c], words, contentWords, inSentences);
            }

            covered.Clear();
            for (var pick = 0; pick < MostPerSource && count < picked.Length; pick++)
            {
                var best = byMask ? SentenceMasks.Best(cited[c].Sentences.Length, inSentences, covered) : Best(cited[c], covered);
                if (best < 0)
                {
                    break;
                }

                var sentence = cited[c].Sentences[best];
                for (var k = 0; k < contentWords.Count; k++)
                {
                    covered[k] |= byMask ? SentenceMasks.Holds(inSentences[k], best) : sentence.Stems.Contains(words.Stem(contentWords[k]));
                }

                picked[count++] = (c, best);
            }
        }

        return reads.Spans(cited, picked[..count]);
    }

    // The sentence adding most claim words not yet covered; ties go to the earlier one; -1 when none adds any.
    private int Best(SourceTerms source, ReadOnlySpan<bool> covered)
    {
        var best = -1;
        var bestScore = 0;
        var sentences = source.Sentences;
        for (var s = 0; s < sentences.Length; s++)
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
    private string? Closest(SourceTerms[] cited)
    {
        var (nearest, sentence) = ClosestSentence(cited);
        var closest = nearest?.Sentences[sentence].SpanOf(nearest.Source);

        // Nothing shares a word with the claim: what the first cited source opens with is still the closest it comes.
        if (closest is null && cited.Length > 0 && cited[0].Sentences.Length > 0)
        {
            closest = cited[0].Sentences[0].SpanOf(cited[0].Source);
        }

        return closest is null ? null : $"{closest.SourceId}: \"{closest.Text}\"";
    }

    private bool Found(int i, SourceTerms[] cited)
    {
        for (var c = 0; c < cited.Length; c++)
        {
            if (sourceWords.Has(c, words, i))
            {
                return true;
            }
        }

        if (SpellsSourceWord(i, cited))
        {
            return true;
        }

        var word = words.Word(i);
        if (!WordScanner.HasParts(word))
        {
            return false;
        }

        // "Wi-Fi" is "wifi".
        Span<char> joined = stackalloc char[WordStemmer.MaxLength];
        var length = 0;
        foreach (var c in words.Lower(i))
        {
            if (c is not ('-' or '_' or '/' or '.') && length < joined.Length)
            {
                joined[length++] = c;
            }
        }

        foreach (var source in cited)
        {
            if (source.HasWord(joined[..length]))
            {
                return true;
            }
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

    // "node group" is the source's "ng": the initials of this word and its neighbour spell a word of a cited source.
    private bool SpellsSourceWord(int i, SourceTerms[] cited)
    {
        Span<char> initials = stackalloc char[2];
        for (var first = Math.Max(0, i - 1); first <= i && first + 1 < words.Count; first++)
        {
            if (words.Token(first).HasDigit || words.Token(first + 1).HasDigit || !words.GapBefore(first + 1).IsWhiteSpace()
                || !IsContent(first) || !IsContent(first + 1))
            {
                continue;
            }

            // Only plain lower-case words: a name is never found this way, and "on" or "in" spell nothing.
            if (char.IsUpper(words.Word(first)[0]) || char.IsUpper(words.Word(first + 1)[0]))
            {
                continue;
            }

            initials[0] = words.Lower(first)[0];
            initials[1] = words.Lower(first + 1)[0];
            if (!lexicon.IsFunctionWord(initials) && AnyHasWord(cited, initials))
            {
                return true;
            }
        }

        return false;
    }

    // A capitalised word inside a sentence, or an acronym anywhere, names someone or something.
    private bool IsName(int i) =>
        (words.Is(i, WordShape.Acronym) || (words.Is(i, WordShape.Capitalised) && !words.IsInitial(i)))
        && !words.Info(i).Is(WordKind.NotName) && !words.IsCalendarWord(i);

    // A capitalised word that opens a sentence, stands in none of the lexicon's tables and is no ordinary English word.
    private bool IsUnknownInitial(int i) =>
        words.IsInitial(i) && words.Is(i, WordShape.Capitalised) && words.Info(i) == default && !words.Token(i).HasDigit
        && !words.IsCalendarWord(i) && !words.IsOrdinaryWord(i);

    // A name is held by a source only as written or inflected: "Crashlytics" is not "crash", as a content word's prefix would be.
    private bool HeldAsWritten(int i, SourceTerms[] cited)
    {
        for (var c = 0; c < cited.Length; c++)
        {
            if (cited[c].HasWord(words.Lower(i)) || sourceWords.HasStem(c, words, i))
            {
                return true;
            }
        }

        return false;
    }

    // "Nadia Haddad received …" where the source gives "n.haddad": a first word followed by a capitalised word the
    // sources hold is the first part of a name they give.
    private bool OpensKnownName(int i, SourceTerms[] cited) =>
        i + 1 < words.Count && words.GapBefore(i + 1).IsWhiteSpace() && char.IsUpper(words.Word(i + 1)[0]) && Found(i + 1, cited);

    // "Year 10 had more lessons affected than Year 9" where a cited source gives "Year 9: 23, Year 10: 18": a comparative
    // word between two labels whose figures the source gives the other way round.
    private void AddReversedComparisons(SourceTerms[] cited)
    {
        const int MostWordsToThan = 6;
        if ((words.Kinds & (WordKind.More | WordKind.Less)) == 0)
        {
            return;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var sign = words.Info(i).Is(WordKind.More) ? 1 : words.Info(i).Is(WordKind.Less) ? -1 : 0;
            if (sign == 0)
            {
                continue;
            }

            var than = -1;
            for (var k = i + 1; k < words.Count && k <= i + MostWordsToThan && than < 0; k++)
            {
                than = words.Lower(k) is "than" ? k : -1;
            }

            if (than < 0)
            {
                continue;
            }

            var text = words.Text.AsSpan();
            var comparativeAt = words.Token(i).Start;
            var afterThan = words.Token(than).End;
            LabelledField? left = null;
            LabelledField? right = null;
            var leftAt = -1;
            var rightAt = int.MaxValue;
            foreach (var source in cited)
            {
                foreach (var field in source.Fields)
                {
                    if (field.Figure is null)
                    {
                        continue;
                    }

                    var before = LastMention(text[..comparativeAt], field.Label);
                    if (before > leftAt)
                    {
                        (left, leftAt) = (field, before);
                    }

                    var after = FirstMention(text[afterThan..], field.Label);
                    if (after >= 0 && after < rightAt)
                    {
                        (right, rightAt) = (field, after);
                    }
                }
            }

            if (left is null || right is null || string.Equals(left.Label, right.Label, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if ((sign > 0 && !(left.Figure > right.Figure)) || (sign < 0 && !(left.Figure < right.Figure)))
            {
                contradictions.Add($"The claim says '{words.Word(i)}' of '{left.Label}' than of '{right.Label}', but the cited figures are '{left.Label}: {left.Value}' and '{right.Label}: {right.Value}'.");
            }
        }
    }

    // "Households on the capped tariff will pay less than they do now" where no cited source gives a figure or a
    // direction: a comparison needs something to compare. A figure after "than" is the number rule's business.
    private void AddUnfoundedComparisons(SourceTerms[] cited)
    {
        const int MostWordsToThan = 6;
        if ((words.Kinds & (WordKind.More | WordKind.Less)) == 0)
        {
            return;
        }

        foreach (var source in cited)
        {
            if (source.HasFigure || (source.Signals & Directions) != 0)
            {
                return;
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (!words.Info(i).Is(WordKind.More | WordKind.Less) || Found(i, cited))
            {
                continue;
            }

            for (var k = i + 1; k < words.Count && k <= i + MostWordsToThan; k++)
            {
                if (words.Lower(k) is "than")
                {
                    if (k + 1 < words.Count && words.Token(k + 1).HasDigit)
                    {
                        break;
                    }

                    contradictions.Add($"The claim compares ('{words.Word(i)} … than'), but no cited source gives a figure or a direction to compare.");
                    return;
                }
            }
        }
    }

    // "All four stores were closed on the strike day" where the cited log gives "closed 2026-03-02" for some and "closed
    // 2026-03-04" for others: a universal, then a word the source dates differently per item, then "on" one time.
    private void AddOneTimeForAll(SourceTerms[] cited)
    {
        if ((words.Signals & SignalClass.Universal) == 0)
        {
            return;
        }

        for (var u = 0; u < words.Count; u++)
        {
            if ((words.Info(u).Signal & SignalClass.Universal) == 0)
            {
                continue;
            }

            for (var k = u + 1; k + 1 < words.Count && !IsClauseBreak(words.GapBefore(k)); k++)
            {
                if (words.Token(k).HasDigit || !IsContent(k) || !OneTimeFollows(k))
                {
                    continue;
                }

                foreach (var source in cited)
                {
                    if (source.DifferentDates(words.Stem(k)) is { } dates)
                    {
                        contradictions.Add($"{source.Source.Id} gives '{words.Word(k)}' on different dates ({dates}); the claim says '{words.Word(u)}' on one.");
                        return;
                    }
                }
            }
        }
    }

    // "disabled on the contract end date", "closed on 2026-03-02": "on" right after the word.
    private bool OneTimeFollows(int k) => words.Lower(k + 1) is "on" && words.GapBefore(k + 1).IsWhiteSpace();

    // "The upload failed because the file is 31 MB and uses the cp1250 encoding" where the log says "upload failed: file
    // 31 MB; encoding cp1250": a stated cause whose words the cited sources give only as attributes of what happened.
    private void AddAttributeCauses(SourceTerms[] cited)
    {
        const int MinAttributes = 2;
        if (causeFound.Count < MinAttributes)
        {
            return;
        }

        foreach (var i in causeFound)
        {
            var stem = words.Stem(i);
            var attribute = false;
            foreach (var source in cited)
            {
                if (source.IsAttributeOnly(stem))
                {
                    attribute = true;
                }
                else if (source.Has(words.Lower(i), stem))
                {
                    return;
                }
            }

            if (!attribute)
            {
                return;
            }
        }

        var named = new List<string>(causeFound.Count);
        foreach (var i in causeFound)
        {
            named.Add($"'{words.Word(i)}'");
        }

        contradictions.Add($"The claim gives a cause that the cited sources do not state: they list {string.Join(" and ", named)} only as attributes of what happened.");
    }

    // "Dana Reyes's manager approved it" where one cited sentence names Dana Reyes and another a manager: whose it is
    // must be said in one cited sentence that holds both the name and the thing.
    private void AddPossessivesApart(SourceTerms[] cited)
    {
        if ((words.Shapes & WordShape.Possessive) == 0)
        {
            return;
        }

        for (var i = 0; i + 1 < words.Count; i++)
        {
            var word = words.Word(i);
            if (word.Length < 4 || !(word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal))
                || !char.IsUpper(word[0]) || words.IsInitial(i) || words.Token(i).HasDigit
                || !words.GapBefore(i + 1).IsWhiteSpace() || words.Token(i + 1).HasDigit || !IsContent(i + 1))
            {
                continue;
            }

            if (!Found(i, cited) || !Found(i + 1, cited) || SaidTogether(words.Stem(i), words.Stem(i + 1), cited))
            {
                continue;
            }

            contradictions.Add($"No cited sentence gives '{word} {words.Word(i + 1)}': the sources name '{words.Word(i)[..^2]}' and '{words.Word(i + 1)}' apart.");
            return;
        }
    }

    private static bool SaidTogether(ReadOnlySpan<char> first, ReadOnlySpan<char> second, SourceTerms[] cited)
    {
        foreach (var source in cited)
        {
            foreach (var sentence in source.Sentences)
            {
                if (sentence.Stems.Contains(first) && sentence.Stems.Contains(second))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "New: e-bike diagnostics at $45": a status word that opens the claim as its label ("New:", "Discontinued:").
    private bool IsStatusLabel(int i) =>
        i == 0 && words.Count > 1 && words.GapBefore(1).TrimStart().StartsWith(':') && lexicon.IsStatusLabel(words.Lower(0));

    // "She can also send email as hr-benefits" where a cited source gives "SendAs: none": a claim that does not negate
    // and names a field (two words or more, in order) that the source gives as empty or off.
    private void AddDeniedFields(SourceTerms[] cited)
    {
        const int MostWordsBetween = 3;
        foreach (var source in cited)
        {
            foreach (var field in source.DeniedFields)
            {
                var parts = field.LabelWords;
                if (Negates())
                {
                    return;
                }

                var at = -1;
                var matched = 0;
                for (var k = 0; k < words.Count && matched < parts.Length; k++)
                {
                    if (matched > 0 && k - at > MostWordsBetween)
                    {
                        matched = 0;
                    }

                    var lower = words.Lower(k);
                    var part = parts[matched];
                    if (lower.SequenceEqual(part) || (part.Length >= 3 && lower.StartsWith(part, StringComparison.Ordinal)))
                    {
                        matched++;
                        at = k;
                    }
                }

                if (matched == parts.Length)
                {
                    contradictions.Add($"{source.Source.Id} gives '{field.Label}: {field.Value}', which the claim states otherwise.");
                    return;
                }
            }
        }
    }

    // "The update failed on every thermostat with the older 4 MB flash chip" where the source says "Affected: 2,140
    // devices, all with the older 4 MB flash chip": the source says every member of a group has something; the claim
    // turns it round into everything that has it being in the group.
    private void AddReversedUniversals(SourceTerms[] cited)
    {
        const int MostWordsToRestrictor = 3;
        const int MinPredicateWords = 2;
        if ((words.Signals & SignalClass.Universal) == 0)
        {
            return;
        }

        for (var u = 0; u < words.Count; u++)
        {
            if ((words.Info(u).Signal & SignalClass.Universal) == 0)
            {
                continue;
            }

            var restrictor = -1;
            for (var k = u + 2; k < words.Count && k <= u + MostWordsToRestrictor && restrictor < 0; k++)
            {
                restrictor = lexicon.IsRestrictor(words.Word(k)) ? k : -1;
            }

            if (restrictor < 0)
            {
                continue;
            }

            var end = restrictor + 1;
            while (end < words.Count && !(end > restrictor + 1 && words.GapBefore(end).IndexOfAny(ClauseEnds) >= 0))
            {
                end++;
            }

            foreach (var source in cited)
            {
                foreach (var predicate in source.UniversalPredicates)
                {
                    var count = 0;
                    var all = true;
                    for (var k = restrictor + 1; k < end && all; k++)
                    {
                        if (!words.Token(k).HasDigit && words.Info(k).Is(WordKind.Function))
                        {
                            continue;
                        }

                        all = predicate.AsSpan().Contains(words.Stem(k).ToString());
                        count++;
                    }

                    if (all && count >= MinPredicateWords)
                    {
                        var said = words.Text[words.Token(restrictor).Start..words.Token(end - 1).End];
                        contradictions.Add($"{source.Source.Id} says that all of a group are '{said}', not that everything '{said}' is in the group; the claim turns it round with '{words.Word(u)}'.");
                        return;
                    }
                }
            }
        }
    }

    private bool Negates() => (words.Signals & SignalClass.Negative) != 0;

    private static int FirstMention(ReadOnlySpan<char> text, string label)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var at = text[offset..].IndexOf(label, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return -1;
            }

            at += offset;
            if (IsWholeMention(text, at, label.Length))
            {
                return at;
            }

            offset = at + 1;
        }

        return -1;
    }

    private static int LastMention(ReadOnlySpan<char> text, string label)
    {
        var end = text.Length;
        while (end > 0)
        {
            var at = text[..end].LastIndexOf(label, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return -1;
            }

            if (IsWholeMention(text, at, label.Length))
            {
                return at;
            }

            end = at + label.Length - 1;
        }

        return -1;
    }

    private static bool IsWholeMention(ReadOnlySpan<char> text, int at, int length) =>
        (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + length >= text.Length || !char.IsLetterOrDigit(text[at + length]));

    private bool SpellsInitials(int i, SourceTerms[] cited)
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
    private bool ReportedAsEvent(int i, SourceTerms[] cited)
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

    private static bool InUri(ReadOnlySpan<char> lower, SourceTerms[] cited)
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

    // "all 5 accounts", "every one of the 214 stops" take their scope from the count, which the number rule checks;
    // "only 0.2 GB" or "only two" is an amount; "every night" a frequency; "already at its limit" a state, not a status.
    private bool IsExempt(int i, SignalClass signal, SourceTerms[] cited)
    {
        var next = i + 1 < words.Count ? i + 1 : -1;

        // "is still running" states the present; "will still give" promises that a present state carries on.
        if (signal == SignalClass.Continuing && words.Lower(i) is "still")
        {
            return i == 0 || words.Lower(i - 1) is not ("will" or "would" or "shall" or "'ll");
        }

        // "no longer", "any longer" negate; they give no direction. "larger than 2 GB" compares with a figure the
        // number rule checks.
        if ((signal & (SignalClass.Increase | SignalClass.Decrease)) != 0
            && ((i > 0 && words.Lower(i - 1) is "no" or "any")
                || (next >= 0 && words.Lower(next) is "than" && next + 1 < words.Count && words.Token(next + 1).HasDigit)))
        {
            return true;
        }

        if (signal == SignalClass.Already)
        {
            return next >= 0 && words.Lower(next) is "at" or "in" or "on" or "under" or "over" or "above" or "below" or "past" or "beyond" or "near" or "full";
        }

        if (signal == SignalClass.Exclusive)
        {
            return next >= 0 && (words.Token(next).HasDigit || words.Info(next).Number > 0);
        }

        if (signal != SignalClass.Universal || next < 0)
        {
            return false;
        }

        if (words.Info(next).Is(WordKind.TimeUnit))
        {
            return true;
        }

        // The count follows at once, or after "one of the": a cited source must give it.
        var k = next;
        while (k < words.Count && k <= i + 4 && words.Lower(k) is "one" or "of" or "the" or "these" or "those" or "its" or "their" or "our" or "your")
        {
            k++;
        }

        if (k >= words.Count)
        {
            return false;
        }

        // "every 180 days" is a frequency.
        if (k + 1 < words.Count && words.Info(k + 1).Is(WordKind.TimeUnit))
        {
            return true;
        }

        var count = words.Lower(k);
        if (words.Token(k).HasDigit)
        {
            return IsCount(count) && AnyHasWord(cited, count);
        }

        var value = words.Info(k).Number;
        Span<char> digits = stackalloc char[4];
        return value > 0 && value.TryFormat(digits, out var written, provider: System.Globalization.CultureInfo.InvariantCulture)
            && AnyHasWord(cited, digits[..written]);
    }

    // "214" or "1,200" counts; "4.18.0" and "v3" do not.
    private static bool IsCount(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c) && c != ',')
            {
                return false;
            }
        }

        return true;
    }

    // "all customers" where a source says "1,200 customers", "EU customers" or "customers in the EU": the source
    // speaks of part of the group the claim widens to all of it.
    private bool QualifiedInSource(int universal, SourceTerms[] cited)
    {
        var noun = universal + 1;
        while (noun < words.Count && noun <= universal + 3 && !IsContent(noun))
        {
            noun++;
        }

        if (noun >= words.Count || noun > universal + 3 || words.Token(noun).HasDigit)
        {
            return false;
        }

        var stem = words.Stem(noun);
        foreach (var source in cited)
        {
            if (source.Qualifies(stem))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnySays(SourceTerms[] cited, SignalClass signal)
    {
        foreach (var source in cited)
        {
            if ((source.Signals & signal) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyHasWord(SourceTerms[] cited, ReadOnlySpan<char> lower)
    {
        foreach (var source in cited)
        {
            if (source.HasWord(lower))
            {
                return true;
            }
        }

        return false;
    }

    // "would have" makes the whole claim a counterfactual.
    private bool IsHypothetical()
    {
        if ((words.Shapes & WordShape.Would) == 0)
        {
            return false;
        }

        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words.Lower(i) is "would" && words.Lower(i + 1) is "have")
            {
                return true;
            }
        }

        return false;
    }

    private bool SignalSupported(int i, SignalClass signal, SourceTerms[] cited)
    {
        if (signal.HasFlag(SignalClass.Negative))
        {
            return NegationSupported(cited, determiner: signal.HasFlag(SignalClass.Determiner));
        }

        if (Found(i, cited))
        {
            return true;
        }

        if (signal.HasFlag(SignalClass.Continuing))
        {
            return ContinuitySupported(cited);
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
    // "could not log in" is also backed by a sentence saying the login failed; "no data was exposed" is not.
    private bool NegationSupported(SourceTerms[] cited, bool determiner)
    {
        foreach (var source in cited)
        {
            foreach (var sentence in source.Sentences)
            {
                if (!sentence.Negates && (determiner || !sentence.Fails))
                {
                    continue;
                }

                // A claim that repeats the negating sentence word for word says what it says.
                if (words.Text.AsSpan().Contains(source.Source.Text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                // "You won't lose any miles" against "Missing miles can be claimed": a sentence that only says something is
                // missing backs a negation that it is there ("the ticket number was not on the record"); a negated verb
                // must stand in it.
                if (!sentence.NegatesOutright && (determiner || !sentence.Fails) && NegatedWord() is >= 0 and var negated
                    && !sentence.Stems.Contains(words.Stem(negated)))
                {
                    continue;
                }

                for (var i = 0; i < words.Count; i++)
                {
                    var lower = words.Lower(i);
                    if (!words.Token(i).HasDigit && IsContent(i) && sentence.Stems.Contains(words.Stem(i)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // The word right after the claim's first negation when it is a content word ("won't lose any miles": "lose"), or -1
    // ("did not have", "was not on the record" negate that something is there).
    private int NegatedWord()
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if ((words.Info(i).Signal & SignalClass.Negative) != 0)
            {
                return !words.Token(i + 1).HasDigit && IsContent(i + 1) ? i + 1 : -1;
            }
        }

        return -1;
    }

    // "will go up": the class of a two-word signal ending at word i, or None.
    private SignalClass PhraseSignal(int i)
    {
        if (i == 0 || !words.Info(i).Is(WordKind.SignalPhraseEnd) || !words.GapBefore(i).IsWhiteSpace())
        {
            return SignalClass.None;
        }

        foreach (var (first, second, signal) in lexicon.SignalPhrases)
        {
            if (words.Lower(i).SequenceEqual(second) && words.Lower(i - 1).SequenceEqual(first))
            {
                return signal;
            }
        }

        return SignalClass.None;
    }

    // "The Free and Business plans will also go up" where the cited sentence closest to the claim says "Free and
    // Business plans unchanged": a direction about what the sources say stays as it is.
    private bool HeldUnchanged(int i, SignalClass signal, SourceTerms[] cited)
    {
        if ((signal & (SignalClass.Increase | SignalClass.Decrease | SignalClass.Improve | SignalClass.Degrade)) == 0)
        {
            return false;
        }

        var (nearest, sentence) = ClosestSentence(cited);
        return nearest is not null && nearest.Sentences[sentence].Unchanged && !SaidInAnotherSentenceAsClose(i, nearest.Sentences[sentence], cited);
    }

    // "Team after fell slower" copied from a source whose earlier sentence "… the network team kept running" shares as
    // many of its words: a cited sentence that holds the direction word itself and as many of the claim's words is the
    // one about it.
    private bool SaidInAnotherSentenceAsClose(int i, SourceSentence closest, SourceTerms[] cited)
    {
        var closestScore = SharedContentWords(closest);
        foreach (var source in cited)
        {
            foreach (var sentence in source.Sentences)
            {
                if (sentence != closest && !sentence.Unchanged && sentence.Stems.Contains(words.Stem(i)) && SharedContentWords(sentence) >= closestScore)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private int SharedContentWords(SourceSentence sentence)
    {
        var score = 0;
        foreach (var k in contentWords)
        {
            score += sentence.Stems.Contains(words.Stem(k)) ? 1 : 0;
        }

        return score;
    }

    // The cited sentence sharing the most of the claim's content words (the first of equals), or none when no cited
    // sentence shares any.
    private (SourceTerms? Source, int Sentence) ClosestSentence(SourceTerms[] cited)
    {
        Span<bool> none = contentWords.Count <= 256 ? stackalloc bool[contentWords.Count] : new bool[contentWords.Count];
        (SourceTerms? Source, int Sentence) closest = (null, -1);
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
                closest = (source, best);
            }
        }

        return closest;
    }

    // "will rise, from £2.18 to £2.05": the claim's own figures run against its direction word.
    private bool TrendContradicts(SignalClass signal)
    {
        if ((signal & (SignalClass.Increase | SignalClass.Decrease)) == 0)
        {
            return false;
        }

        var trend = NumberTrend.FromTo(words.Text);
        return (signal.HasFlag(SignalClass.Increase) && trend < 0) || (signal.HasFlag(SignalClass.Decrease) && trend > 0);
    }

    // "the finance team": the words that say which team must be in a cited source. The first of them, or -1 when all are.
    private int UnnamedModifiers(int i, SourceTerms[] cited)
    {
        var first = i;
        var missing = false;
        while (first > 0 && words.GapBefore(first).IsWhiteSpace() && !words.Token(first - 1).HasDigit
               && !words.Info(first - 1).Is(WordKind.Function))
        {
            first--;
            missing |= !Found(first, cited);
        }

        return missing ? first : -1;
    }

    private int CausePhraseLength(int i)
    {
        if (!words.Info(i).Is(WordKind.CausePhraseStart))
        {
            return 0;
        }

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

    // "to" after a decision verb and its object ("approved the change to bring …"); not right after the verb ("decided
    // to roll back" says what was decided) and not before a figure ("raised the limit to 3 GiB").
    private bool OpensPurpose(int i)
    {
        const int MostObjectWords = 4;
        if (words.Lower(i) is not "to" || i + 1 >= words.Count || words.Token(i + 1).HasDigit || !IsContent(i + 1)
            || !words.GapBefore(i + 1).IsWhiteSpace())
        {
            return false;
        }

        for (var k = i - 2; k >= 0 && k >= i - 1 - MostObjectWords; k--)
        {
            if (IsClauseBreak(words.GapBefore(k + 1)))
            {
                return false;
            }

            if (words.Info(k).Is(WordKind.Decision))
            {
                return true;
            }
        }

        return false;
    }

    // A word that says what the claim is about: not a function word, a claim signal or a cause opener.
    private bool IsContent(int i) => words.Info(i).IsContent;

    // ", so the drops fit a congested channel": "so" opens an inference only at the start of a clause ("so that" is a purpose).
    private bool OpensClauseCause(int i) =>
        words.Info(i).Is(WordKind.ClauseCause) && (i == 0 || IsClauseBreak(words.GapBefore(i)))
        && !(i + 1 < words.Count && words.Lower(i + 1) is "that" or "far");

    // "Finance asks to keep …": the words before a request or report verb name who asks; a cited source must name them
    // (a source that says only "Request: …" names nobody). Passives ("was requested") name nobody either.
    private void AddUnnamedRequesters(SourceTerms[] cited)
    {
        const int MostRequesterWords = 5;
        if ((words.Kinds & WordKind.Request) == 0)
        {
            return;
        }

        var clauseStart = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0 && IsClauseBreak(words.GapBefore(i)))
            {
                clauseStart = i;
            }

            if (!words.Info(i).Is(WordKind.Request) || i == clauseStart || i - clauseStart > MostRequesterWords)
            {
                continue;
            }

            // A passive ("was requested") or a noun after "of", "the" names nobody; "has asked", "also asks" still do.
            if (words.Info(i - 1).Is(WordKind.Function) && words.Lower(i - 1) is not ("has" or "have" or "had" or "also"))
            {
                continue;
            }

            var counted = false;
            for (var k = clauseStart; k < i; k++)
            {
                counted |= words.Token(k).HasDigit;
            }

            if (counted)
            {
                continue;
            }

            for (var k = clauseStart; k < i; k++)
            {
                if (!words.Token(k).HasDigit && !words.Info(k).Is(WordKind.Function) && !Found(k, cited))
                {
                    gaps.Add(new Gap(GapKind.Requester, i - 1, clauseStart, SignalClass.None));
                    return;
                }
            }
        }
    }

    // "Delivery stays free": a cited sentence that shares a content word with the claim says the state carries on.
    private bool ContinuitySupported(SourceTerms[] cited)
    {
        foreach (var source in cited)
        {
            foreach (var sentence in source.Sentences)
            {
                if (!sentence.Continues)
                {
                    continue;
                }

                for (var i = 0; i < words.Count; i++)
                {
                    if (IsContent(i) && sentence.Stems.Contains(words.Stem(i)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // The claim itself speaks of a plan or of what is in progress ("will be shipped", "is scheduled"): nothing moved forward.
    private bool SaysPending() => (words.Kinds & WordKind.Pending) != 0 || (words.Shapes & WordShape.Being) != 0;

    // "The port authority fine is £2,900" where the source says "port authority fine of £2,900 expected": every content
    // word the sources hold as written stands only in clauses that say it is planned, pending or expected. The first
    // such word, or -1.
    private (int First, int Last) SaidOnlyAsExpected(SourceTerms[] cited)
    {
        const int MinWords = 2;
        var first = -1;
        var last = -1;
        var count = 0;
        foreach (var i in contentWords)
        {
            if (words.Token(i).HasDigit || IsName(i))
            {
                continue;
            }

            var held = false;
            for (var c = 0; c < cited.Length; c++)
            {
                if (sourceWords.IsSettled(c, words, i))
                {
                    return (-1, -1);
                }

                held |= sourceWords.HasStem(c, words, i);
            }

            if (held)
            {
                first = first < 0 ? i : first;
                last = i;
                count++;
            }
        }

        return count >= MinWords ? (first, last) : (-1, -1);
    }

    // "Business accounts are exempt" where the source says "Business accounts with contracts signed before … are
    // exempt": a claim that opens with a bare noun and a present or modal verb speaks of the whole group, and the
    // sources write that noun only with a restriction. The noun, or -1.
    private int WidenedSubject(SourceTerms[] cited)
    {
        const int MostOpeningWords = 3;
        var noun = -1;
        for (var k = 0; k < words.Count && k < MostOpeningWords && IsContent(k) && !words.Token(k).HasDigit; k++)
        {
            noun = k;
        }

        if (noun < 0 || noun + 1 >= words.Count || !words.IsGeneralVerb(noun + 1))
        {
            return -1;
        }

        var stem = words.Stem(noun);
        var restricted = false;
        foreach (var source in cited)
        {
            if (source.OnlyRestricted(stem))
            {
                restricted = true;
            }
            else if (source.HasStem(stem))
            {
                return -1;
            }
        }

        return restricted ? noun : -1;
    }

    // The outcome's word stands in cited sentences, every one of which says it is planned, pending or in progress.
    private bool OnlyPending(int i, SourceTerms[] cited)
    {
        var mentioned = false;
        foreach (var source in cited)
        {
            foreach (var sentence in source.Sentences)
            {
                if (sentence.Stems.Contains(words.Stem(i)))
                {
                    if (!sentence.Pending)
                    {
                        return false;
                    }

                    mentioned = true;
                }
            }
        }

        return mentioned;
    }

    // "waiting to be processed", "must be approved", "before they are deployed": a rule, a plan or a condition, not a
    // report. "is being assessed" and "are archived" do report a status: the sources must give it.
    private bool NotReached(int i)
    {
        if (i == 0)
        {
            return false;
        }

        var before = words.Lower(i - 1);
        if (before is "be" or "to")
        {
            return true;
        }

        // "is being assessed" reports the status in progress; "had stopped being processed" does not.
        if (before is "being")
        {
            return !(i > 1 && words.Lower(i - 2) is "is" or "are" or "am" or "was" or "were" or "'s" or "now");
        }

        return before is "is" or "are" && i > 1 && (words.Info(i - 2).Is(WordKind.Condition)
            || words.Lower(i - 2) is "before" or "after" or "until" or "once" or "when" or "till" or "they" or "it");
    }

    // "We sent you a replacement", "We have refunded": the authors' own past action is a claim like any other, and its
    // verb must be in a cited source (spec v2: "we refunded the charges" where no source says so).
    private bool IsAuthorsPastAction(int i)
    {
        var subject = i - 1;
        while (subject >= 0 && words.Lower(subject) is "have" or "had" or "also" or "already" or "then" or "just")
        {
            subject--;
        }

        // "We decided to roll back": the action is the verb after "to", judged as a content word.
        return subject == 0 && words.Lower(0) is "we" && IsPastForm(words.Lower(i)) && !(i + 1 < words.Count && words.Lower(i + 1) is "to");
    }

    // "before they are deployed", "must be approved": a rule or a plan, not a report that it happened.
    private bool IsPresentPassive(int i) => i > 0 && words.Lower(i - 1) is "is" or "are" or "be" or "being";

    private bool IsPastForm(ReadOnlySpan<char> lower) => lower.EndsWith("ed") || lexicon.Info(lower).Is(WordKind.Irregular);

    private static bool IsClauseBreak(ReadOnlySpan<char> gap)
    {
        var trimmed = gap.Trim();
        return trimmed is "," or ";";
    }

    private enum GapKind
    {
        Name,
        Organisation,
        Requester,
        Signal,
        Outcome,
        PolicyOutcome,
        Pending,
        Expected,
        Widened,
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
