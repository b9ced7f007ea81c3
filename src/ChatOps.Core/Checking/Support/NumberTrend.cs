using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatOps.Core.Checking.Support;

/// <summary>
/// Which way a source's figures move, so that it can support "rose" or "fell": figures of one unit in the order
/// written ("0.4 s … 2.1 s … 4.6 s" goes up), a signed change ("+6%", "-3%"), and "£448 (was £452)" (goes down).
/// </summary>
internal static partial class NumberTrend
{
    private const int Lookahead = 3;

    public static SignalClass Of(string text)
    {
        var trend = SignalClass.None;
        foreach (Match match in WasValue().Matches(text))
        {
            trend |= Direction(Parse(match.Groups["was"].Value), Parse(match.Groups["now"].Value));
        }

        foreach (Match match in Signed().Matches(text))
        {
            trend |= match.Groups["sign"].Value == "+" ? SignalClass.Increase : SignalClass.Decrease;
        }

        var values = new List<(string Unit, double Value)>();
        var plain = ClockOrDate().Replace(WasValue().Replace(text, " "), " ");
        foreach (Match match in Number().Matches(plain))
        {
            values.Add((match.Groups[2].Value.ToLowerInvariant(), Parse(match.Groups[1].Value)));
        }

        for (var i = 0; i < values.Count - 1; i++)
        {
            for (var j = i + 1; j < values.Count && j <= i + Lookahead; j++)
            {
                if (values[j].Unit == values[i].Unit)
                {
                    trend |= Direction(values[i].Value, values[j].Value);
                    break;
                }
            }
        }

        return trend;
    }

    /// <summary>
    /// Which way "from £2.18 to £2.05" (or "from 90 to 180 days") in a claim moves: 1 up, -1 down, 0 when the claim
    /// gives no such pair. Only a claim with a direction word is read.
    /// </summary>
    public static int FromTo(string claim)
    {
        foreach (var match in FromToPair().EnumerateMatches(claim))
        {
            var pair = FromToPair().Match(claim, match.Index, match.Length);
            var from = Parse(pair.Groups["from"].Value);
            var to = Parse(pair.Groups["to"].Value);
            return to > from ? 1 : to < from ? -1 : 0;
        }

        return 0;
    }

    private static SignalClass Direction(double from, double to) =>
        to > from ? SignalClass.Increase : to < from ? SignalClass.Decrease : SignalClass.None;

    private static double Parse(string number) =>
        double.TryParse(number.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(:\d{2})?", RegexOptions.CultureInvariant)]
    private static partial Regex ClockOrDate();

    [GeneratedRegex(@"(?<![\w.])(\d[\d,]*(?:\.\d+)?)\s?(%|[A-Za-z]{1,3}\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    // "£448 a year (was £452)", "$89 (was $79)": the figure now, then the figure before.
    [GeneratedRegex(@"(?<now>\d[\d,]*(?:\.\d+)?)[^\d()]{0,20}\((?:was|from)\s*[^\d\s]?(?<was>\d[\d,]*(?:\.\d+)?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WasValue();

    [GeneratedRegex(@"\bfrom\s*[^\d\s]{0,3}(?<from>\d[\d,]*(?:\.\d+)?)[^\d\s]{0,4}\s+to\s*[^\d\s]{0,3}(?<to>\d[\d,]*(?:\.\d+)?)(?![\d:-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FromToPair();

    // "+6%", "(-3%)": a signed change.
    [GeneratedRegex(@"(?<![\w.\-+])(?<sign>[+\-\u2212])\d", RegexOptions.CultureInvariant)]
    private static partial Regex Signed();
}
