using System.Globalization;
using System.Text;
using ChatOps.Cli.Commands;
using ChatOps.Core.Evaluation;

namespace ChatOps.Cli.Output;

/// <summary>Renders an eval report for people: headline metrics, a per-rule table, each wrong case's difference, thresholds.</summary>
internal static class EvalTextRenderer
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(EvalReport report, string setPath, IReadOnlyList<ThresholdResult> thresholds, AnsiPalette palette)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(palette);

        var text = new StringBuilder();
        AppendHeadline(text, report, setPath);
        AppendRuleTable(text, report);
        AppendWrongCases(text, report, palette);
        AppendThresholds(text, thresholds, palette);
        return text.ToString();
    }

    private static void AppendHeadline(StringBuilder text, EvalReport report, string setPath)
    {
        var findings = report.FindingScore;
        text.Append(Invariant, $"eval: {report.Cases.Count} {(report.Cases.Count == 1 ? "case" : "cases")} from {setPath}").AppendLine();
        text.Append(Invariant, $"verdict accuracy      {report.VerdictAccuracy:0.000}  ({report.CorrectVerdicts} of {report.Cases.Count} cases)").AppendLine();
        text.Append(Invariant, $"false-rejection rate  {report.FalseRejectionRate:0.000}  ({report.FalseRejections} of {report.ExpectedAccepted} expected-accepted cases rejected)").AppendLine();
        text.Append(Invariant, $"finding F1            {findings.F1:0.000}  (precision {findings.Precision:0.000}, recall {findings.Recall:0.000}; ")
            .Append(Invariant, $"{findings.TruePositives} matched, {findings.FalsePositives} unexpected, {findings.FalseNegatives} missing)").AppendLine();
        text.AppendLine();
    }

    private static void AppendRuleTable(StringBuilder text, EvalReport report)
    {
        var ruleWidth = Math.Max("rule".Length, report.RuleScores.Max(r => r.Rule.Length));
        text.Append(Invariant, $"{"rule".PadRight(ruleWidth)}  precision  recall     F1  matched  unexpected  missing").AppendLine();
        foreach (var (rule, score) in report.RuleScores)
        {
            text.Append(Invariant, $"{rule.PadRight(ruleWidth)}  {score.Precision,9:0.000}  {score.Recall,6:0.000}  {score.F1,5:0.000}")
                .Append(Invariant, $"  {score.TruePositives,7}  {score.FalsePositives,10}  {score.FalseNegatives,7}").AppendLine();
        }

        text.AppendLine();
    }

    private static void AppendWrongCases(StringBuilder text, EvalReport report, AnsiPalette palette)
    {
        if (report.WrongCases.Count == 0)
        {
            text.AppendLine(palette.Green("every case right."));
            return;
        }

        text.Append(Invariant, $"wrong cases: {report.WrongCases.Count} of {report.Cases.Count}").AppendLine();
        foreach (var outcome in report.WrongCases)
        {
            var origin = outcome.Case.Origin.Length == 0 ? "" : $"  ({outcome.Case.Origin})";
            text.Append(Invariant, $"  {palette.Bold(outcome.Case.Id)}{origin}").AppendLine();
            if (!outcome.VerdictCorrect)
            {
                text.Append(Invariant, $"    verdict:    got {WireNames.Of(outcome.Result.Verdict)}, expected {WireNames.Of(outcome.Case.ExpectedVerdict)}").AppendLine();
            }

            foreach (var missing in outcome.MissingFindings)
            {
                text.Append(Invariant, $"    missing:    {palette.Yellow(missing.Rule)}  \"{OneLine(missing.Quote)}\"").AppendLine();
            }

            foreach (var extra in outcome.UnexpectedFindings)
            {
                text.Append(Invariant, $"    unexpected: {palette.Red(extra.Rule)}  line {extra.Line}  \"{OneLine(extra.Text)}\"").AppendLine();
            }
        }
    }

    private static void AppendThresholds(StringBuilder text, IReadOnlyList<ThresholdResult> thresholds, AnsiPalette palette)
    {
        if (thresholds.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine("thresholds:");
        foreach (var threshold in thresholds)
        {
            var status = threshold.Passed ? palette.Green("passed") : palette.Red("FAILED");
            text.Append(Invariant, $"  {status}  {threshold.Describe()}").AppendLine();
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
