using System.Text.RegularExpressions;

namespace ChatOps.Core.Checking.Signals;

/// <summary>The spec's closed list of speculation and placeholder cues; nothing else counts.</summary>
internal static partial class SpeculationCues
{
    /// <summary>The first cue in the text, as written there, or null.</summary>
    public static string? Find(string plain)
    {
        string? first = null;
        var firstIndex = int.MaxValue;

        void Consider(Match match)
        {
            if (match.Success && match.Index < firstIndex)
            {
                firstIndex = match.Index;
                first = match.Value;
            }
        }

        Consider(Words().Match(plain));
        Consider(Placeholder().Match(plain));
        var unknown = UnknownAnyCase().Match(plain);
        while (unknown.Success && string.Equals(unknown.Value, "UNKNOWN", StringComparison.Ordinal))
        {
            unknown = unknown.NextMatch();
        }

        Consider(unknown);
        var marks = plain.IndexOf("??", StringComparison.Ordinal);
        if (marks >= 0 && marks < firstIndex)
        {
            first = "??";
        }

        return first;
    }

    /// <summary>Whether the text holds the label: the word UNKNOWN in capitals.</summary>
    public static bool HasUnknownLabel(string plain) => UnknownLabel().IsMatch(plain);

    [GeneratedRegex(@"\b(believes?|believed|likely|probably|possibly|presumably|suspects?|suspected|appears? to|seems?|might|could (be|have)|may (be|have)|unclear|not yet known|tbd|tbc|to be determined)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_-])XXX?(?![\p{L}\p{N}_-])", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\bunknown\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnknownAnyCase();

    [GeneratedRegex(@"\bUNKNOWN\b", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownLabel();
}
