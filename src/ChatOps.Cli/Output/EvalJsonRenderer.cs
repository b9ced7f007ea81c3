using System.Text.Json;
using ChatOps.Cli.Commands;
using ChatOps.Core.Evaluation;

namespace ChatOps.Cli.Output;

/// <summary>Renders an eval report as JSON: metrics, per-rule scores, wrong cases with their difference, thresholds.</summary>
internal static class EvalJsonRenderer
{
    public static string Render(EvalReport report, IReadOnlyList<ThresholdResult> thresholds)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(thresholds);
        return JsonOutput.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("cases", report.Cases.Count);
            writer.WriteNumber("verdictAccuracy", report.VerdictAccuracy);
            writer.WriteNumber("correctVerdicts", report.CorrectVerdicts);
            writer.WriteNumber("falseRejectionRate", report.FalseRejectionRate);
            writer.WriteNumber("falseRejections", report.FalseRejections);
            writer.WriteNumber("expectedAccepted", report.ExpectedAccepted);
            writer.WritePropertyName("findings");
            WriteScore(writer, null, report.FindingScore);
            writer.WriteStartArray("rules");
            foreach (var rule in report.RuleScores)
            {
                WriteScore(writer, rule.Rule, rule.Score);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("wrongCases");
            foreach (var outcome in report.WrongCases)
            {
                WriteWrongCase(writer, outcome);
            }

            writer.WriteEndArray();
            WriteThresholds(writer, thresholds);
            writer.WriteEndObject();
        });
    }

    private static void WriteScore(Utf8JsonWriter writer, string? rule, FindingScore score)
    {
        writer.WriteStartObject();
        if (rule is not null)
        {
            writer.WriteString("rule", rule);
        }

        writer.WriteNumber("precision", score.Precision);
        writer.WriteNumber("recall", score.Recall);
        writer.WriteNumber("f1", score.F1);
        writer.WriteNumber("truePositives", score.TruePositives);
        writer.WriteNumber("falsePositives", score.FalsePositives);
        writer.WriteNumber("falseNegatives", score.FalseNegatives);
        writer.WriteEndObject();
    }

    private static void WriteWrongCase(Utf8JsonWriter writer, CaseOutcome outcome)
    {
        writer.WriteStartObject();
        writer.WriteString("id", outcome.Case.Id);
        writer.WriteString("file", outcome.Case.Origin);
        writer.WriteString("expectedVerdict", WireNames.Of(outcome.Case.ExpectedVerdict));
        writer.WriteString("actualVerdict", WireNames.Of(outcome.Result.Verdict));
        writer.WriteStartArray("missing");
        foreach (var missing in outcome.MissingFindings)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", missing.Rule);
            writer.WriteString("quote", missing.Quote);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("unexpected");
        foreach (var extra in outcome.UnexpectedFindings)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", extra.Rule);
            writer.WriteString("text", extra.Text);
            writer.WriteNumber("start", extra.Start);
            writer.WriteNumber("end", extra.End);
            writer.WriteNumber("line", extra.Line);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteThresholds(Utf8JsonWriter writer, IReadOnlyList<ThresholdResult> thresholds)
    {
        writer.WriteStartArray("thresholds");
        foreach (var threshold in thresholds)
        {
            writer.WriteStartObject();
            writer.WriteString("option", threshold.Option);
            writer.WriteString("metric", threshold.Metric);
            writer.WriteNumber("limit", threshold.Limit);
            writer.WriteNumber("actual", threshold.Actual);
            writer.WriteBoolean("passed", threshold.Passed);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteBoolean("passed", thresholds.All(t => t.Passed));
    }
}
