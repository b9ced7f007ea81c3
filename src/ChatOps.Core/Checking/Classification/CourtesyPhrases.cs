using System.Text.RegularExpressions;
using ChatOps.Core.Checking.Text;

namespace ChatOps.Core.Checking.Classification;

/// <summary>Greetings, thanks, apologies, sign-offs and other politeness that states no fact.</summary>
internal static partial class CourtesyPhrases
{
    // Every courtesy pattern below opens with one of these words; anything else skips the regexes.
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "dear", "greetings", "good", "great", "thanks", "thank", "many", "thx", "a", "huge",
        "special", "kudos", "we", "i", "we're", "i'm", "we'd", "i'd", "we'll", "appreciate", "sorry", "apologies",
        "our", "my", "please", "hope", "have", "happy", "glad", "stay", "welcome", "here", "here's", "below", "the",
        "best", "kind", "kindest", "warm", "warmest", "regards", "cheers", "sincerely", "yours", "all", "with", "take",
        "talk", "respectfully", "warmly", "gratefully", "speak", "faithfully",
    };

    // The first words each pattern can open with (as StatementClassifier.FirstWord reads them): "The nightly rebuild
    // …" and "We will post …" open several patterns' lists, but each pattern is tried only where its own words allow.
    private static readonly HashSet<string> SignOffOpeners = new(StringComparer.Ordinal)
    {
        "best", "kind", "kindest", "warm", "warmest", "thanks", "with", "gratefully", "stay", "speak", "yours",
        "faithfully", "respectfully", "regards", "many", "thank", "cheers", "sincerely", "all", "talk", "take", "warmly",
    };

    private static readonly HashSet<string> GreetingOpeners = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "dear", "greetings", "good",
    };

    private static readonly HashSet<string> ThanksOpeners = new(StringComparer.Ordinal)
    {
        "thanks", "thank", "many", "thx", "a", "huge", "special", "kudos", "we", "i", "appreciate", "we're", "i'm",
        "we'd", "i'd",
    };

    private static readonly HashSet<string> ApologyOpeners = new(StringComparer.Ordinal)
    {
        "sorry", "apologies", "our", "my", "we", "i", "we're", "i'm", "we'd", "i'd", "please",
    };

    private static readonly HashSet<string> OtherOpeners = new(StringComparer.Ordinal)
    {
        "we", "i", "hope", "have", "happy", "glad", "stay", "good", "great", "welcome", "here", "here's", "below", "the",
    };

    public static bool MayOpen(string firstWord) => Openers.Contains(firstWord);

    /// <summary>Whether <see cref="IsCourtesy"/> reads the statement's word count: only sign-offs and greetings are judged by their length.</summary>
    public static bool CountsWords(string firstWord) => SignOffOpeners.Contains(firstWord) || GreetingOpeners.Contains(firstWord);

    /// <summary>Whether <paramref name="plain"/>, whose first word (lower-cased) is <paramref name="firstWord"/>, is politeness.</summary>
    public static bool IsCourtesy(ReadOnlySpan<char> plain, string firstWord, int wordCount, out bool isSignOff)
    {
        isSignOff = wordCount <= 6 && SignOffOpeners.Contains(firstWord) && (CourtesyLines.IsSignOff(plain.ToString()) || SignOffWithName().IsMatch(plain));
        if (isSignOff)
        {
            return true;
        }

        if (wordCount <= 12 && GreetingOpeners.Contains(firstWord) && CourtesyLines.IsGreeting(plain.ToString()))
        {
            return true;
        }

        // "We will post …", "Please retry …", "The nightly rebuild …": the patterns that open with these words need one
        // of a few words next.
        if ((firstWord is "we" or "i" && !FollowingWord.MayBe(plain, firstWord.Length, FollowingWord.AfterAuthors))
            || (firstWord is "please" && !FollowingWord.MayBe(plain, firstWord.Length, FollowingWord.AfterPlease))
            || (firstWord is "the" && !FollowingWord.MayBe(plain, firstWord.Length, FollowingWord.AfterThe)))
        {
            return false;
        }

        if (ThanksOpeners.Contains(firstWord) && Thanks().IsMatch(plain))
        {
            // "Thanks to the rollback, errors fell" credits a cause: that is a claim.
            return !ThanksToCause().IsMatch(plain);
        }

        return (ApologyOpeners.Contains(firstWord) && Apology().IsMatch(plain)) || (OtherOpeners.Contains(firstWord) && Other().IsMatch(plain));
    }

    /// <summary>Thanks that credit no cause ("Thank you for your patience."): a letter's closing line.</summary>
    public static bool IsThanks(ReadOnlySpan<char> plain) => Thanks().IsMatch(plain) && !ThanksToCause().IsMatch(plain);

    [GeneratedRegex(@"^(best|best regards|kind regards|kindest regards|warm regards|warm wishes|warmest wishes|regards|many thanks|thanks|thank you|cheers|sincerely|all the best|best wishes|with thanks|take care|thanks and regards)[,!]\s*[\p{L}][\p{L}' .&-]{0,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignOffWithName();

    [GeneratedRegex(@"^(thanks|thank you|many thanks|thx|a big thank you|huge thanks|special thanks|kudos|(we|i) (really |truly |greatly |sincerely )?(appreciate|value)|appreciate|(we|i)('re| are| am|'m) (so |very |truly )?(grateful|thankful)|(we|i)('d| would) like to thank)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Thanks();

    [GeneratedRegex(@"^thanks to [^,]{1,80}, \S+ \S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThanksToCause();

    [GeneratedRegex(@"^(sorry|apologies|our apologies|my apologies|(we|i) (sincerely |deeply |truly |really |do )?(apologi[sz]e|regret)|(we|i)('re| are| am|'m)( very| truly| so| deeply| really| sincerely)? sorry|please accept our (sincere |deepest )?apologies|(we|i)('d| would) like to apologi[sz]e)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Apology();

    [GeneratedRegex(@"^((we|i) hope (this|that|you)|hope (this|that) helps|have a (good|great|nice|lovely) (day|weekend|evening|week)|happy to help|glad to help|(we|i) (completely |fully |totally )?understand (how|your|the frustration|that this)|we know how (frustrating|disruptive|inconvenient)|stay safe|good question|great question|welcome (aboard|to)|here (is|are|'s)(?![^:]*:\s*\S)|below (is|are)(?![^:]*:\s*\S)|the following(?![^:]*:\s*\S))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Other();
}
