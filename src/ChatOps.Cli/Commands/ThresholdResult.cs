using System.Globalization;

namespace ChatOps.Cli.Commands;

/// <summary>One eval threshold the user set, the measured value, and whether the value met it.</summary>
internal sealed record ThresholdResult(string Option, string Metric, double Limit, double Actual, bool IsMinimum)
{
    public bool Passed => IsMinimum ? Actual >= Limit : Actual <= Limit;

    /// <summary>A sentence such as "verdict accuracy 0.850 is below --min-verdict-acc 0.900".</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Metric} {Actual:0.000} {(Passed ? "meets" : IsMinimum ? "is below" : "is above")} {Option} {Limit:0.###}");
}
