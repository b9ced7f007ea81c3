using System.Globalization;

namespace ChatOps.Core.Stats;

/// <summary>Durations as a person says them: "850 ms", "4 s", "12 min 5 s", "2 h 10 min", "3 d 4 h".</summary>
public static class Durations
{
    public static string Humanise(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            return "-" + Humanise(span.Negate());
        }

        if (span.TotalSeconds < 1)
        {
            return Whole(span.TotalMilliseconds) + " ms";
        }

        var seconds = (long)Math.Round(span.TotalSeconds, MidpointRounding.AwayFromZero);
        if (seconds < 60)
        {
            return Whole(seconds) + " s";
        }

        if (seconds < 3600)
        {
            return Pair(seconds / 60, "min", seconds % 60, "s");
        }

        var minutes = (long)Math.Round(span.TotalMinutes, MidpointRounding.AwayFromZero);
        if (minutes < 24 * 60)
        {
            return Pair(minutes / 60, "h", minutes % 60, "min");
        }

        var hours = (long)Math.Round(span.TotalHours, MidpointRounding.AwayFromZero);
        return Pair(hours / 24, "d", hours % 24, "h");
    }

    private static string Pair(long big, string bigUnit, long small, string smallUnit) =>
        small == 0 ? $"{Whole(big)} {bigUnit}" : $"{Whole(big)} {bigUnit} {Whole(small)} {smallUnit}";

    private static string Whole(double value) => Math.Round(value, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);
}
