using ChatOps.Core.Evaluation;

namespace ChatOps.Cli.Commands;

/// <summary>The optional pass marks <c>chatops eval</c> gates on, each a fraction between 0 and 1.</summary>
internal sealed record EvalThresholds(double? MinVerdictAccuracy, double? MaxFalseRejection, double? MinFindingF1)
{
    public const string MinVerdictAccuracyOption = "--min-verdict-acc";
    public const string MaxFalseRejectionOption = "--max-false-rejection";
    public const string MinFindingF1Option = "--min-finding-f1";

    /// <summary>Every threshold that was set, measured against the report, in option order.</summary>
    public IReadOnlyList<ThresholdResult> Evaluate(EvalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var results = new List<ThresholdResult>();
        if (MinVerdictAccuracy is { } minAccuracy)
        {
            results.Add(new(MinVerdictAccuracyOption, "verdict accuracy", minAccuracy, report.VerdictAccuracy, IsMinimum: true));
        }

        if (MaxFalseRejection is { } maxRejection)
        {
            results.Add(new(MaxFalseRejectionOption, "false-rejection rate", maxRejection, report.FalseRejectionRate, IsMinimum: false));
        }

        if (MinFindingF1 is { } minF1)
        {
            results.Add(new(MinFindingF1Option, "finding F1", minF1, report.FindingScore.F1, IsMinimum: true));
        }

        return results;
    }
}
