using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatOps.Core.Checking.Support;

/// <summary>Which way a source's figures move: "0.4 s … 2.1 s … 4.6 s" goes up, so it can support "rose" or "grew".</summary>
internal static partial class NumberTrend
{
    private const int Lookahead = 3;

    public static SignalClass Of(string text)
    {
        var values = new List<(string Unit, double Value)>();
        foreach (Match match in Number().Matches(ClockOrDate().Replace(text, " ")))
        {
            if (double.TryParse(match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                values.Add((match.Groups[2].Value.ToLowerInvariant(), value));
            }
        }

        var trend = SignalClass.None;
        for (var i = 0; i < values.Count - 1; i++)
        {
            for (var j = i + 1; j < values.Count && j <= i + Lookahead; j++)
            {
                if (values[j].Unit != values[i].Unit)
                {
                    continue;
                }

                trend |= values[j].Value > values[i].Value ? SignalClass.Increase
                    : values[j].Value < values[i].Value ? SignalClass.Decrease
                    : SignalClass.None;
                break;
            }
        }

        return trend;
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(:\d{2})?", RegexOptions.CultureInvariant)]
    private static partial Regex ClockOrDate();

    [GeneratedRegex(@"(?<![\w.])(\d[\d,]*(?:\.\d+)?)\s?(%|[A-Za-z]{1,3}\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
