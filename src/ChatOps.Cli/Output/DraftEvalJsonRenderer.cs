using System.Text.Json;
using ChatOps.Cli.Commands;

namespace ChatOps.Cli.Output;

/// <summary>The drafting eval as JSON: <c>{"endpoint","workflows":[…],"all":{…},"cases":[…],"thresholdsMissed":[…]}</c>.</summary>
internal static class DraftEvalJsonRenderer
{
    public static string Render(string endpoint, IReadOnlyList<DraftEvalSummary> byWorkflow, DraftEvalSummary all, IReadOnlyList<string> missed) =>
        JsonOutput.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("endpoint", endpoint);
            writer.WriteStartArray("workflows");
            foreach (var row in byWorkflow)
            {
                WriteSummary(writer, row);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("all");
            WriteSummary(writer, all);
            writer.WriteStartArray("cases");
            foreach (var c in all.Cases)
            {
                writer.WriteStartObject();
                writer.WriteString("id", c.Id);
                writer.WriteString("workflow", c.Workflow);
                writer.WriteBoolean("passed", c.Passed);
                writer.WriteNumber("attempts", c.Result?.Attempts ?? c.Error?.Calls.Count ?? 0);
                writer.WriteNumber("repairs", c.Result?.Repairs ?? 0);
                writer.WriteBoolean("escalated", c.Result?.Escalated ?? false);
                writer.WriteNumber("unknowns", c.Unknowns);
                writer.WriteNumber("cost", c.Result?.Cost ?? c.Error?.Calls.Sum(x => x.Cost) ?? 0);
                writer.WriteNumber("latencyMs", Math.Round(c.Result?.Latency.TotalMilliseconds ?? 0, 1));
                writer.WriteString("error", c.Error?.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("thresholdsMissed");
            foreach (var line in missed)
            {
                writer.WriteStringValue(line);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    private static void WriteSummary(Utf8JsonWriter writer, DraftEvalSummary row)
    {
        writer.WriteStartObject();
        writer.WriteString("workflow", row.Name);
        writer.WriteNumber("bundles", row.Cases.Count);
        writer.WriteNumber("passed", row.Passed);
        writer.WriteNumber("passRate", Math.Round(row.PassRate, 4));
        writer.WriteNumber("failedToDraft", row.Failed);
        writer.WriteNumber("repairs", row.Repairs);
        writer.WriteNumber("escalations", row.Escalations);
        writer.WriteNumber("unknownsPerDraft", Math.Round(row.UnknownsPerDraft, 2));
        writer.WriteNumber("inputTokens", row.InputTokens);
        writer.WriteNumber("outputTokens", row.OutputTokens);
        writer.WriteNumber("cost", row.Cost);
        writer.WriteNumber("latencyMedianMs", Math.Round(row.LatencyMedian.TotalMilliseconds, 1));
        writer.WriteNumber("latencyP95Ms", Math.Round(row.LatencyP95.TotalMilliseconds, 1));
        writer.WriteEndObject();
    }
}
