using System.Text.RegularExpressions;

using ChatOps.Core.Checking.Text;

namespace ChatOps.Core.Checking.Classification;

/// <summary>Instructions to the reader: imperatives, "Please …", "If …, restart …", "Approvers, please …".</summary>
internal static partial class Instructions
{
    // Words after which an object starts: "Update the app", "Review the “may include …” note".
    private static readonly HashSet<string> ObjectStarters = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "your", "our", "their", "its", "this", "that", "these", "those", "it", "them", "us", "me",
        "him", "her", "all", "any", "each", "every", "some", "to", "up", "down", "out", "in", "on", "at", "for", "with",
        "from", "by", "back", "off", "away", "over", "again", "now", "only", "both", "no", "more", "one", "my",

        // A condition opens a new clause: "Reply here if you would rather …" has no subject before its verb.
        "if", "unless", "whenever",
    };

    private static readonly HashSet<string> ConditionalOpeners = new(StringComparer.Ordinal)
    {
        "if", "when", "once", "until", "while", "before", "after", "in", "as", "whenever", "to", "for", "meanwhile",
        "otherwise", "instead", "alternatively", "on", "from", "at", "under", "via", "with", "by", "during", "next",
        "then", "first", "finally", "also", "afterwards", "later", "where", "wherever", "unless", "today", "tomorrow",
        "tonight", "currently", "this", "going", "moving", "starting", "shortly", "separately",
    };

    /// <summary>A statement's leading clause, once looked for: the classifier asks for it twice.</summary>
    public struct ClauseMemo
    {
        private bool known;
        private int restAt;

        /// <summary>Where what follows the leading clause of <paramref name="body"/> (the same body on every call) starts, or 0.</summary>
        public int RestAt(ReadOnlySpan<char> body, string firstWord)
        {
            if (!known)
            {
                restAt = LeadingClause(body, firstWord);
                known = true;
            }

            return restAt;
        }
    }

    /// <summary>
    /// Whether <paramref name="body"/> instructs the reader; <paramref name="bodyWords"/> and <paramref name="restWords"/>
    /// cut the words of the body and of what follows its leading clause (kept for the caller's commitment test).
    /// </summary>
    public static bool IsInstruction(
        ReadOnlySpan<char> body, string firstWord, WordPool pool, ref ClauseMemo clause, PlainWords.Cursor bodyWords, PlainWords.Cursor restWords)
    {
        if (firstWord is "please" or "kindly" || (FixedPhraseOpeners.Contains(firstWord) && FixedPhrases().IsMatch(body)))
        {
            return true;
        }

        if (firstWord == "you")
        {
            var you = PrefixLength(YouShould(), body);
            if (you > 0)
            {
                // "You should restart …" instructs; "You should receive a refund" predicts. The pattern ends with the
                // verb, a run of letters and hyphens after a space.
                var verbSpan = body[..you];
                var verb = pool.Lower(verbSpan[(verbSpan.LastIndexOf(' ') + 1)..]);
                return ImperativeVerbs.Contains(verb) && !Predictive.Contains(verb);
            }
        }

        if ((firstWord is "we'd" or "i'd" || (firstWord is "we" or "i" && FollowingWord.MayBe(body, firstWord.Length, FollowingWord.AfterAuthors)))
            && Advice().IsMatch(body))
        {
            return true;
        }

        if (clause.RestAt(body, firstWord) is > 0 and var restAt && (Polite().IsMatch(body[restAt..]) || StartsWithImperative(body[restAt..], pool, restWords)))
        {
            return true;
        }

        // "Update (14:30 UTC): …", "Restart: done" — a label, not a verb.
        var afterFirst = body.Length > firstWord.Length ? body[firstWord.Length] : ' ';
        if (afterFirst is ':' or '(')
        {
            return false;
        }

        return ImperativeVerbs.Contains(firstWord) || firstWord is "do" or "don't" or "never" or "always" or "just" or "simply" or "then" or "also" or "now" or "first" or "finally"
            ? StartsWithImperative(body, pool, bodyWords)
            : false;
    }

    /// <summary>
    /// Where what follows a leading vocative or adverbial clause ("Approvers, …", "If …, …", "In the meantime, …")
    /// starts in <paramref name="body"/>, or 0 when there is none or nothing follows it.
    /// </summary>
    public static int LeadingClause(ReadOnlySpan<char> body, string firstWord)
    {
        var comma = body.IndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0)
        {
            return 0;
        }

        // The regexes match only the clause and its comma (no groups, no Match object); the rest is what follows.
        var restAt = comma < 40 ? PrefixLength(Vocative(), body) : 0;
        if (restAt == 0 && ConditionalOpeners.Contains(firstWord))
        {
            restAt = PrefixLength(Conditional(), body);
        }

        return restAt > 0 && restAt < body.Length ? restAt : 0;
    }

    private static int PrefixLength(Regex prefix, ReadOnlySpan<char> body)
    {
        foreach (var match in prefix.EnumerateMatches(body))
        {
            return match.Length;
        }

        return 0;
    }

    private static readonly HashSet<string> FixedPhraseOpeners = new(StringComparer.Ordinal)
    {
        "let", "feel", "make", "be", "stay", "don't", "do", "never",
    };

    private static readonly HashSet<string> Predictive = new(StringComparer.Ordinal)
    {
        "see", "get", "have", "be", "notice", "receive", "hear", "find", "expect", "keep",
    };

    private static bool StartsWithImperative(ReadOnlySpan<char> text, WordPool pool, PlainWords.Cursor cursor)
    {
        // Two words tell whether the statement can open with a verb at all; only then are ten cut.
        var opening = cursor.First(text, pool, most: 2);
        if (opening.Count == 0 || (!ImperativeVerbs.Contains(opening[0]) && !IsLeadIn(opening[0])))
        {
            return false;
        }

        var words = cursor.First(text, pool);
        var first = 0;
        if (words.Count > 1 && words[0] is "do" && words[1] is "not")
        {
            first = 2;
        }
        else if (words.Count > 1 && words[0] is "never" or "always" or "just" or "simply" or "then" or "also" or "now" or "first" or "finally")
        {
            first = 1;
        }

        if (first >= words.Count || !ImperativeVerbs.Contains(words[first]))
        {
            return false;
        }

        return !ReportsALevel(words, first) && !NounSubjectFollows(words, first);
    }

    // "do not", "never", "just" … before the verb.
    private static bool IsLeadIn(string word) => word is "do" or "never" or "always" or "just" or "simply" or "then" or "also" or "now" or "first" or "finally";

    // "back to 0.1% after 14:40 UTC", "back above 99.9%": a word that is a verb only with an object ("back the change
    // out") and otherwise says where a measure stands, then a preposition and a figure: a fact, as the offline
    // drafter quotes a log's clause, not an instruction.
    private static bool ReportsALevel(List<string> words, int verb) =>
        LevelWords.Contains(words[verb]) && verb + 2 < words.Count && LevelPrepositions.Contains(words[verb + 1])
        && char.IsDigit(words[verb + 2][0]);

    private static readonly HashSet<string> LevelWords = new(StringComparer.Ordinal) { "back", "down", "up", "steady", "flat" };

    private static readonly HashSet<string> LevelPrepositions = new(StringComparer.Ordinal)
    {
        "to", "at", "in", "on", "above", "below", "under", "over", "within", "near", "around",
    };

    // "Order volumes dropped 20%", "Lock firmware 2.7.1 rejects the token", "Update was deployed":
    // the first word is the subject's noun when a finite verb follows before any object starts.
    private static bool NounSubjectFollows(List<string> words, int first) =>
        FiniteVerbNearby(words, first) || FiniteVerbInClause(words, first);

    // "Route calculation requests in the EU region timed out", "Replay on orders-db-r2 has been paused", "map tiles at
    // zoom levels 15-18 were blank": a finite verb after a noun, before the clause's next subordinator, shows the first
    // word opens the subject. Verbs that take a clause ("Check the logs are clean") are left to the nearby test.
    private static bool FiniteVerbInClause(List<string> words, int first)
    {
        if (ClauseTakingVerbs.Contains(words[first]))
        {
            return false;
        }

        for (var k = first + 2; k < words.Count; k++)
        {
            var word = words[k];
            if (ClauseEnders.Contains(word))
            {
                return false;
            }

            var before = words[k - 1];
            if (ObjectStarters.Contains(before) || ClauseEnders.Contains(before))
            {
                continue;
            }

            if (word is "is" or "are" or "was" or "were" or "has" or "have" or "had"
                || (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4) || PastForms.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> ClauseTakingVerbs = new(StringComparer.Ordinal)
    {
        "check", "ensure", "verify", "confirm", "make", "note", "see", "remember", "tell", "ask", "let", "expect", "know",
        "say", "show", "test", "watch", "decide", "investigate", "review", "inform", "notify", "mention", "ping", "warn",
    };

    private static readonly HashSet<string> ClauseEnders = new(StringComparer.Ordinal)
    {
        "if", "when", "that", "which", "who", "because", "so", "once", "until", "while", "before", "after", "and", "or",
        "but", "unless", "whether", "we", "you", "they", "i", "he", "she", "to", "then", "where", "since", "as",
    };

    private static readonly HashSet<string> PastForms = new(StringComparer.Ordinal)
    {
        "stuck", "broke", "broken", "ran", "went", "began", "fell", "rose", "took", "gave", "sent", "lost", "left", "held",
        "kept", "found", "shown", "seen", "done", "gone", "made", "built", "hit", "shut", "got",
    };

    private static bool FiniteVerbNearby(List<string> words, int first)
    {
        for (var k = first + 1; k < words.Count && k <= first + 4; k++)
        {
            var word = words[k];
            if (ObjectStarters.Contains(word))
            {
                return false;
            }

            if (Auxiliaries.Contains(word))
            {
                return true;
            }

            var after = k + 1 < words.Count ? words[k + 1] : "";
            var looksFinite = (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4)
                || (word.EndsWith('s') && word.Length > 3 && after is "the" or "a" or "an" or "its" or "their" or "our" or "all" or "new");
            if (looksFinite && (after.Length == 0 || ObjectStarters.Contains(after) || char.IsDigit(after[0]) || after is "as" or "after" or "before" or "when" or "since"))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(please|kindly)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Polite();

    // "We recommend restarting …", "We ask that you …": advice to the reader, in the authors' voice.
    [GeneratedRegex(@"^(we|i)('d| would)? (strongly )?(recommend|suggest|advise|encourage|urge|ask that|ask you|ask customers|invite you)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Advice();

    [GeneratedRegex(@"^(let (us|me) know|feel free|make sure|be sure|be aware|be careful|stay tuned|don't|do not|never)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FixedPhrases();

    [GeneratedRegex(@"^you('ll| will)? (should|must|need to|will need to|may want to|might want to|have to|'ll need to|need only)( (also|still|now|first|then|just))? (?<verb>[\p{L}-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YouShould();

    // "Approvers, please reply …", "CISO, approve or reject by Friday."
    // "The second export, run at 16:40 UTC, matched …" opens with its subject: a vocative names no one with an article.
    [GeneratedRegex(@"^(?!(the|a|an|this|that|these|those|its|their|our|my)\b)[\p{L}][\p{L}'-]*( [\p{L}][\p{L}'-]*){0,2}, (?=.)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Vocative();

    [GeneratedRegex(@"^(if|when|once|until|while|before|after|in case|as soon as|whenever|to|for|meanwhile|in the meantime|until then|for now|otherwise|instead|alternatively|in the meanwhile|if so|if not|in|on|from|at|under|via|with|by|during|next|then|first|finally|also|afterwards|later|where|wherever|unless|as|today|tomorrow|tonight|currently|now|this (morning|afternoon|evening|week)|going forward|moving forward|starting (today|tomorrow|now)|shortly|separately)\b[^,]{0,160},\s*(?=.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Conditional();
}
