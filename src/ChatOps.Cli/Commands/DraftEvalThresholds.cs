using System.Globalization;

namespace ChatOps.Cli.Commands;

/// <summary>The pass marks <c>chatops eval drafts</c> gates on: pass rate after repairs, total cost, p95 latency per draft.</summary>
internal sealed record DraftEvalThresholds(double? MinPass, decimal? MaxCost, TimeSpan? MaxP95Latency)
{
    /// <summary>One line per threshold that was missed, naming it, the measured value and the limit.</summary>
    public IReadOnlyList<string> Missed(DraftEvalSummary all)
    {
        ArgumentNullException.ThrowIfNull(all);
        var missed = new List<string>();
        if (MinPass is { } pass && all.PassRate < pass)
        {
            missed.Add(string.Create(CultureInfo.InvariantCulture, $"pass rate {all.PassRate:0.000} is below --min-pass {pass:0.###}"));
        }

        if (MaxCost is { } cost && all.Cost > cost)
        {
            missed.Add(string.Create(CultureInfo.InvariantCulture, $"cost {all.Cost:0.######} is above --max-cost {cost:0.######}"));
        }

        if (MaxP95Latency is { } latency && all.LatencyP95 > latency)
        {
            missed.Add(string.Create(CultureInfo.InvariantCulture, $"p95 latency {all.LatencyP95.TotalSeconds:0.###} s is above --max-p95-latency {latency.TotalSeconds:0.###} s"));
        }

        return missed;
    }

    /// <summary>Seconds ("20", "2.5") or with a unit ("1500ms", "20s"); null when the text is none of these.</summary>
    public static TimeSpan? ParseLatency(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (number, scale) = text.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (text[..^2], 0.001)
            : text.EndsWith('s') ? (text[..^1], 1.0)
            : (text, 1.0);
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? TimeSpan.FromSeconds(value * scale)
            : null;
    }
}
