using System.Text.RegularExpressions;

namespace ChatOps.Drafting.Offline;

/// <summary>The spec's speculation cues and timeline tokens, as the offline drafter needs them to write compliant lines.</summary>
internal static partial class SpecCues
{
    /// <summary>True when <paramref name="text"/> holds a speculation or placeholder cue, so it must carry the UNKNOWN label.</summary>
    public static bool HasCue(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Cue().IsMatch(text) || Placeholder().IsMatch(text))
        {
            return true;
        }

        // "unknown" in any case except all capitals is a cue; all capitals is the label itself.
        return UnknownWord().Matches(text).Any(m => m.Value != "UNKNOWN");
    }

    /// <summary>Clock times and calendar dates in <paramref name="text"/>, as written.</summary>
    public static IReadOnlyList<string> TimeTokens(string text) =>
        TimeToken().Matches(text).Select(m => m.Value).ToArray();

    /// <summary>Words that put a dated statement in the future ("effective 2027-03-01", "until …").</summary>
    public static bool HasFutureCue(string text) => FutureCue().IsMatch(text);

    [GeneratedRegex(@"\b(believe[sd]?|likely|probably|possibly|presumably|suspect(s|ed)?|appears? to|seems?|might|could (be|have)|may (be|have)|unclear|not yet known|tbd|tbc|to be determined)\b|\?\?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cue();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])XXX?(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\bunknown\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnknownWord();

    [GeneratedRegex(@"(?<![\d:.])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])|(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])|\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex TimeToken();

    [GeneratedRegex(@"\b(effective|from|until|expir\w*|retires?|applies|will|scheduled|planned|due|target|eta|expected|upcoming|window|starting|valid)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureCue();
}
