namespace ChatOps.Core.Checking.Classification;

/// <summary>The authors' own present or future actions and commitments ("We are investigating.", "I'll follow up.").</summary>
internal static class AuthorCommitments
{
    private static readonly HashSet<string> PeopleNouns = new(StringComparer.Ordinal)
    {
        "team", "teams", "engineers", "engineering", "staff", "agents", "specialists", "crew", "people", "support",
        "on-call", "responders", "developers", "technicians", "analysts", "colleagues", "experts", "desk",
    };

    private static readonly HashSet<string> TeamQualifiers = new(StringComparer.Ordinal)
    {
        "on-call", "on", "incident", "support", "engineering", "ops", "operations", "security", "platform", "sre", "care",
        "service", "response", "infrastructure", "network", "billing", "data", "payments", "product", "release",
        "account", "success", "customer", "it", "devops", "database", "dba", "web", "mobile", "app", "backend", "core",
    };

    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "also", "now", "still", "currently", "actively", "closely", "already", "continually", "continuously",
        "immediately", "then", "next", "today", "personally", "further", "again", "all", "both", "urgently", "not",
    };

    // Present progressive of perceiving or suffering is an observation, not an action: "We are seeing errors."
    private static readonly HashSet<string> ObservationVerbs = new(StringComparer.Ordinal)
    {
        "seeing", "observing", "noticing", "experiencing", "receiving", "getting", "hearing", "missing", "facing",
        "losing", "having", "finding", "detecting", "measuring", "recording", "showing", "reporting", "running",
    };

    private static readonly HashSet<string> StateWords = new(StringComparer.Ordinal)
    {
        "going", "committed", "happy", "glad", "available", "aware", "here", "ready", "able", "on", "standing",
    };

    private static readonly HashSet<string> IntentVerbs = new(StringComparer.Ordinal)
    {
        "plan", "plans", "intend", "intends", "aim", "aims", "want", "wants", "need", "needs", "expect", "expects",
        "promise", "promises", "commit", "commits", "hope", "hopes", "must",
    };

    private static readonly HashSet<string> OfferVerbs = new(StringComparer.Ordinal)
    {
        "help", "offer", "arrange", "provide", "set", "schedule", "send", "extend", "issue", "share", "walk", "assist",
    };

    /// <summary>
    /// Whether a statement whose opening words (the first two as <see cref="PlainWords"/> reads them) are
    /// <paramref name="opening"/> can name its authors as subject: what <see cref="IsCommitment"/> asks first.
    /// </summary>
    public static bool MayOpen(List<string> opening) =>
        opening.Count > 0 && (opening[0] is "we" or "i" or "our"
            || (opening[0] == "the" && opening.Count > 1 && (opening[1] == "team" || TeamQualifiers.Contains(opening[1]))));

    public static bool IsCommitment(IReadOnlyList<string> words)
    {
        var i = SubjectEnd(words);
        if (i < 0)
        {
            return false;
        }

        i = SkipAdverbs(words, i);
        if (i >= words.Count)
        {
            return false;
        }

        var verb = words[i];
        var j = SkipAdverbs(words, i + 1);
        var next = j < words.Count ? words[j] : "";
        switch (verb)
        {
            case "will" or "shall":
                return true;
            case "am" or "are" or "is":
                return (next.EndsWith("ing", StringComparison.Ordinal) && next.Length > 4 && !ObservationVerbs.Contains(next))
                    || StateWords.Contains(next);
            case "keep" or "keeps" or "continue" or "continues":
                return true;
            case "have" or "has":
                return next == "to";
            case "would":
                return next is "like" or "love" or "be";
            case "remain" or "remains":
                return next is "committed" or "available" or "on" or "focused" or "ready";
            case "can":
                return OfferVerbs.Contains(next);
            default:
                return IntentVerbs.Contains(verb) && next is "to" or "on";
        }
    }

    private static int SubjectEnd(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return -1;
        }

        switch (words[0])
        {
            case "we" or "i":
                return 1;
            case "our":
                for (var k = 1; k <= 3 && k < words.Count; k++)
                {
                    if (PeopleNouns.Contains(words[k]))
                    {
                        return k + 1;
                    }
                }

                return -1;
            case "the" when words.Count > 1 && words[1] == "team":
                return 2;
            case "the" when words.Count > 1 && TeamQualifiers.Contains(words[1]):
                for (var k = 2; k <= 3 && k < words.Count; k++)
                {
                    if (words[k] == "team")
                    {
                        return k + 1;
                    }
                }

                return -1;
            default:
                return -1;
        }
    }

    private static int SkipAdverbs(IReadOnlyList<string> words, int i)
    {
        while (i < words.Count && Adverbs.Contains(words[i]))
        {
            i++;
        }

        return i;
    }
}
