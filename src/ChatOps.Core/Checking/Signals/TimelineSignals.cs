using System.Text.RegularExpressions;

namespace ChatOps.Core.Checking.Signals;

/// <summary>Finds clock times and calendar dates, and tells whether a statement speaks of the past.</summary>
internal static partial class TimelineSignals
{
    private static readonly HashSet<string> IrregularPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "went", "came", "began", "begun", "rose", "risen", "fell", "fallen", "found",
        "took", "taken", "made", "sent", "left", "ran", "saw", "seen", "got", "gotten", "gave", "given", "held",
        "kept", "lost", "told", "said", "brought", "broke", "broken", "caught", "chose", "chosen", "drew", "drawn",
        "drove", "driven", "felt", "fought", "froze", "frozen", "grew", "grown", "hid", "hidden", "hung", "knew",
        "led", "meant", "met", "paid", "rang", "rode", "sold", "shook", "shot", "slept", "sped", "spent", "spoke",
        "spoken", "stole", "stolen", "stood", "struck", "stuck", "swung", "taught", "thought", "threw", "thrown",
        "understood", "woke", "woken", "won", "wore", "worn", "wrote", "written", "built", "bought", "dealt", "spun",
        "sank", "sunk", "sprang", "been", "done", "gone", "shown", "flew", "flown", "blew", "blown", "tore", "torn",
        "bore", "became", "forgot", "forgotten", "withdrew", "overtook", "undertook", "upheld", "rebuilt", "resent",
        "ago", "yesterday", "earlier", "since", "previously", "overnight",
    };

    private static readonly HashSet<string> FinitePast = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "ago", "yesterday", "been",
    };

    private static readonly HashSet<string> SameFormPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "cut", "set", "put", "hit", "shut", "cost", "hurt", "quit", "spread", "split", "let", "upset", "broadcast",
    };

    private static readonly HashSet<string> PresentTakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "we", "you", "they", "to", "will", "would", "can", "could", "should", "may", "might", "must", "do",
        "does", "did", "not", "don't", "won't", "can't", "shall", "please", "and", "or", "the", "a", "an", "of",
        "price", "prices", "we'll", "they'll", "you'll", "i'll", "let's",
    };

    private static readonly HashSet<string> NotPastEd = new(StringComparer.OrdinalIgnoreCase)
    {
        "need", "needs", "speed", "feed", "seed", "indeed", "shed", "bed", "red", "embed", "proceed", "succeed",
        "exceed", "breed", "bleed", "weed", "deed", "greed", "hundred", "sacred", "kindred", "wicked", "naked",
        "heed", "steed", "tweed", "freed", "shred", "wed", "led", "fed", "bred", "sled",
    };

    private static readonly HashSet<string> AdjectivalBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "our", "your", "their", "its", "his", "her", "my", "this", "that", "these", "those", "all",
        "some", "any", "no", "each", "every", "most", "many", "few", "is", "are", "am", "be", "being", "remain",
        "remains", "stay", "stays", "get", "gets", "not", "fully", "now", "still", "currently",
    };

    public static bool HasTimeOrDate(string plain) =>
        ClockTime().IsMatch(plain) || IsoDate().IsMatch(plain) || DayMonth().IsMatch(plain) || MonthDay().IsMatch(plain)
        || NumericDate().IsMatch(plain) || AmPmTime().IsMatch(plain);

    /// <summary>A list item that opens with a time or date and a dash ("12:57 — …") is a timeline entry by its form.</summary>
    public static bool IsTimelineEntry(string plain) => TimelineEntry().IsMatch(plain);

    /// <summary>Whether the statement tells of something that already happened (a past-tense verb or a past marker).</summary>
    public static bool SpeaksOfPast(string plain)
    {
        // "For bookings made from 2027-02-01, a bag will cost €35": participles around a future verb are not past events.
        var strict = FutureMarker().IsMatch(plain);
        string? previous = null;
        foreach (var match in Word().EnumerateMatches(plain))
        {
            var word = plain.Substring(match.Index, match.Length);
            var isPast = strict
                ? FinitePast.Contains(word)
                : IrregularPast.Contains(word) || IsPastEd(word, previous) || IsBarePast(word, previous);
            if (isPast)
            {
                return true;
            }

            previous = word;
        }

        return false;
    }

    // "cut", "set", "hit" read as past after a singular noun subject ("Our competitor cut its price"),
    // not after pronouns and modals that take the present form.
    private static bool IsBarePast(string word, string? previous) =>
        SameFormPast.Contains(word)
        && previous is not null
        && !PresentTakers.Contains(previous)
        && !previous.EndsWith('s')
        && char.IsLower(previous[0]) == char.IsLower(previous[^1]);

    private static bool IsPastEd(string word, string? previous) =>
        word.Length >= 4
        && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
        && !NotPastEd.Contains(word)
        && previous is not null
        && !AdjectivalBefore.Contains(previous);

    [GeneratedRegex(@"[\p{L}']+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(will|shall|won't|going to)\b|'ll\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureMarker();

    [GeneratedRegex(@"(?<![\d:.,/])([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?(?![\d:])")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"(?<![\d.])(1[0-2]|0?[1-9])(:[0-5]\d)?\s?(am|pm|a\.m\.|p\.m\.)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex AmPmTime();

    [GeneratedRegex(@"(?<![\d-])\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\d/.])(\d{4}/\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4})(?![\d/])")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![\d.,:])(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)?\s(of\s)?(Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sep(t(ember)?)?|Oct(ober)?|Nov(ember)?|Dec(ember)?)\b")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sep(t(ember)?)?|Oct(ober)?|Nov(ember)?|Dec(ember)?)\.?\s(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)?(?![\d:.]\d|\d)")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2}([ T]\d{1,2}:\d{2}(:\d{2})?)?|\d{1,2}:\d{2}(:\d{2})?)(\s?(UTC|GMT|Z|[A-Z]{2,4}))?\s*([\u2014\u2013-]|:)\s", RegexOptions.CultureInvariant)]
    private static partial Regex TimelineEntry();
}
