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

    // "+6%", "(-3%)": a signed change.
    [GeneratedRegex(@"(?<![\w.\-+])(?<sign>[+\-\u2212])\d", RegexOptions.CultureInvariant)]
    private static partial Regex Signed();
}
