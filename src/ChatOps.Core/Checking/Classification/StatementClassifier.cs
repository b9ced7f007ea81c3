using System.Text.RegularExpressions;
using ChatOps.Core.Checking.Signals;
using ChatOps.Core.Checking.Text;

namespace ChatOps.Core.Checking.Classification;

/// <summary>Decides what a statement is: a claim that needs a citation, or one of the kinds that do not.</summary>
internal sealed partial class StatementClassifier(WordPool pool)
{
    private bool inSignature;
    private char[] stripped = [];
    private bool afterClosingThanks;

    // The opening words of the statement's body and of what follows its leading clause, each cut once per statement
    // however many tests ask for them.
    private readonly PlainWords.Cursor bodyWords = new(pool.Scratch);
    private readonly PlainWords.Cursor restWords = new(new List<string>(16));

    /// <summary>Classifies one statement; statements are fed in draft order because a sign-off turns what follows into a signature.</summary>
    public StatementKind Classify(string plain, bool isTableRow)
    {
        if (SpeculationCues.HasUnknownLabel(plain))
        {
            return StatementKind.LabelledUnknown;
        }

        if (isTableRow)
        {
            return StatementKind.Claim;
        }

        // Every test below reads spans of the one plain text (or of the classifier's own buffer once emphasis marks
        // are taken out): a classified statement allocates nothing here.
        var text = StripDecorations(plain);
        bodyWords.Reset();
        restWords.Reset();
        var first = FirstWord(text, pool);

        // Only a signature, a closing line or a courtesy phrase is judged by its length.
        var wordCount = inSignature || afterClosingThanks || CourtesyPhrases.CountsWords(first) ? WordCount(text) : 0;
        if (IsQuestion(text))
        {
            return StatementKind.Question;
        }

        if (inSignature && wordCount <= 6 && !text.EndsWith('.'))
        {
            return StatementKind.Courtesy;
        }

        // "Thank you for supporting the museum." closes a letter as a sign-off does: a name line after it is a signature.
        if (afterClosingThanks && wordCount <= 6 && !text.EndsWith('.') && IsNameLine(text))
        {
            return StatementKind.Courtesy;
        }

        if (CourtesyPhrases.MayOpen(first) && CourtesyPhrases.IsCourtesy(text, first, wordCount, out var isSignOff))
        {
            inSignature |= isSignOff;
            afterClosingThanks = CourtesyPhrases.IsThanks(text);
            return StatementKind.Courtesy;
        }

        afterClosingThanks = false;

        // "Status page: <link>" with the link taken out leaves only its label: a pointer, not a claim.
        if (text.EndsWith(':') && HeadingLike.Is(text))
        {
            return StatementKind.Instruction;
        }

        var body = text.Length > 0 && char.IsDigit(text[0]) ? text[PrefixLength(TimelinePrefix(), text)..] : text;
        if (OpensNextUpdate(body, first))
        {
            return StatementKind.Commitment;
        }

        // A label is "Words: body"; "09:58" has no space after its colon and never runs the regex.
        var reportingLabel = false;
        if (HasLabelColon(body))
        {
            var labelLength = PrefixLength(Label(), body);
            if (labelLength > 0 && WordCount(body[..labelLength]) <= 6)
            {
                var labelText = body[..labelLength];

                // The label's regex looks ahead for ':', white space and a body that runs to the end: skip the first two.
                var bodyStart = labelLength + 1;
                while (char.IsWhiteSpace(body[bodyStart]))
                {
                    bodyStart++;
                }

                body = body[bodyStart..];
                first = FirstWord(body, pool);
                reportingLabel = !DirectiveLabels.Names(labelText);

                // "Status: investigating." reports what the authors are doing now.
                if (StatusLabel().IsMatch(labelText) && first.EndsWith("ing", StringComparison.Ordinal))
                {
                    return StatementKind.Commitment;
                }
            }
        }

        // "Please note that X" and "Note that X" carry the claim X; the politeness does not cite it.
        var clause = default(Instructions.ClauseMemo);
        var embedded = EmbeddedClaimOpeners.Contains(first)
            && (first is not ("please" or "kindly") || FollowingWord.MayBe(body, first.Length, FollowingWord.AfterPlease))
            ? PrefixLength(EmbeddedClaim(), body)
            : 0;
        if (embedded > 0)
        {
            body = body[embedded..];
        }
        else if (!ReadsAsQuotedFact(text, body, first, reportingLabel) && Instructions.IsInstruction(body, first, pool, ref clause, bodyWords, restWords))
        {
            return StatementKind.Instruction;
        }

        if (IsCommitment(body, bodyWords) || OpensNextUpdate(body, first)
            || (clause.RestAt(body, first) is > 0 and var restAt && IsCommitment(body[restAt..], restWords)))
        {
            return StatementKind.Commitment;
        }

        return StatementKind.Claim;
    }

    // "The next update …", "Next update …"; "The nightly rebuild …" is not one.
    private static bool OpensNextUpdate(ReadOnlySpan<char> body, string first) =>
        (first is "next" || (first is "the" && FollowingWord.MayBe(body, first.Length, FollowingWord.AfterThe))) && NextUpdate().IsMatch(body);

    // Only a statement that opens with its authors ("We …", "Our team …", "The on-call team …") can commit them: the
    // others skip cutting ten words of their opening.
    private bool IsCommitment(ReadOnlySpan<char> text, PlainWords.Cursor words) =>
        AuthorCommitments.MayOpen(words.First(text, pool, most: 2)) && AuthorCommitments.IsCommitment(words.First(text, pool));

    // The length of a prefix regex's match at the start of the text (its patterns open with '^'), or 0.
    private static int PrefixLength(Regex prefix, ReadOnlySpan<char> text)
    {
        foreach (var match in prefix.EnumerateMatches(text))
        {
            return match.Length;
        }

        return 0;
    }

    // "Cause: build cache volume full", "SEC-7790 Request: allow the extension": a label that reports (not "Action:",
    // "Workaround:") makes its body a fact about the source, even when it opens with a verb. "queue depth 0 at 11:05
    // UTC", "GRANT SELECT ON …": a statement that opens in lower case or with a word in capitals is quoted from data or
    // code; an instruction to the reader is a sentence. "Please …" instructs under any label.
    private static bool ReadsAsQuotedFact(ReadOnlySpan<char> text, ReadOnlySpan<char> body, string first, bool reportingLabel) =>
        first is not ("please" or "kindly") && body.Length > 0
        && (reportingLabel || (text.Length > 0 && char.IsLower(text[0])) || OpensInCapitals(text));

    private static bool OpensInCapitals(ReadOnlySpan<char> text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            if (!char.IsUpper(text[end]))
            {
                return false;
            }

            end++;
        }

        return end >= 2 && (end == text.Length || text[end] == ' ');
    }

    // "Ashcombe Museum Membership Team", "The Siskin Roastery": every word capitalised, no digits, no citation.
    private static bool IsNameLine(ReadOnlySpan<char> text)
    {
        var any = false;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty || word is "&" or "of" or "and" or "the" or "for")
            {
                continue;
            }

            if (!char.IsUpper(word[0]))
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not ('\'' or '-' or '.' or ','))
                {
                    return false;
                }
            }

            any = true;
        }

        return any;
    }

    private static bool HasLabelColon(ReadOnlySpan<char> text)
    {
        var from = 0;
        int colon;
        while ((colon = text[from..].IndexOf(':')) >= 0)
        {
            colon += from;
            if (colon + 1 < text.Length && char.IsWhiteSpace(text[colon + 1]))
            {
                return true;
            }

            from = colon + 1;
        }

        return false;
    }

    private static bool IsQuestion(ReadOnlySpan<char> text)
    {
        var end = text.Length;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '"' or '\'' or ')' or '*' or '_'))
        {
            end--;
        }

        return end > 0 && text[end - 1] == '?';
    }

    private static readonly HashSet<string> EmbeddedClaimOpeners = new(StringComparer.Ordinal)
    {
        "please", "kindly", "note", "be", "keep", "remember", "bear",
    };

    private static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }

        return count;
    }

    /// <summary>The first word, lower-cased, with an apostrophe contraction kept whole ("we'll").</summary>
    private static string FirstWord(ReadOnlySpan<char> text, WordPool pool)
    {
        var end = 0;
        while (end < text.Length && (char.IsLetter(text[end]) || (end > 0 && text[end] is '\'' or '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
        {
            end++;
        }

        return pool.Lower(text[..end]);
    }

    // Emphasis, quote and bullet characters say nothing about what a statement is.
    private ReadOnlySpan<char> StripDecorations(string plain)
    {
        var start = 0;
        while (start < plain.Length && (char.IsWhiteSpace(plain[start]) || plain[start] is '*' or '_' or '>' or '"' or '\'' or '\u2022' or '\u2014' or '\u2013' or '-'))
        {
            start++;
        }

        var text = plain.AsSpan(start);
        if (text.Contains('*'))
        {
            if (stripped.Length < text.Length)
            {
                stripped = new char[Math.Max(text.Length, stripped.Length * 2)];
            }

            var length = 0;
            foreach (var c in text)
            {
                if (c != '*')
                {
                    stripped[length++] = c;
                }
            }

            text = stripped.AsSpan(0, length);
        }

        return text.Trim();
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2}([ T]\d{1,2}:\d{2}(:\d{2})?)?|\d{1,2}:\d{2}(:\d{2})?)(\s?(UTC|GMT|Z|[A-Z]{2,4}))?\s*[\u2014\u2013:-]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex TimelinePrefix();

    // The label only: a lookahead asks for the ':', white space and a body to the end, so the match is the label.
    [GeneratedRegex(@"^[\p{L}][\p{L}\p{N}' /&()\-:.]{0,40}?(?=:\s+\S.*$)", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    // The opening only: a lookahead asks for the body, so the claim is what follows the match.
    [GeneratedRegex(@"^((please|kindly)\s+)?(note|be aware|be advised|keep in mind|remember|bear in mind)\s+that\s+(?=.+$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmbeddedClaim();

    [GeneratedRegex(@"^(current |incident )?status\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatusLabel();

    [GeneratedRegex(@"^(the\s)?next (update|status update|post|report|check-in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextUpdate();
}
