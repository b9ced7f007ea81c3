using System.Text.Json;
using ChatOps.Core.Drafting;

namespace ChatOps.Cli.Output;

/// <summary>Renders a draft result as the documented JSON: draft, verdict, findings, attempts, promptVersion, model, usage, cost, flags, calls.</summary>
internal static class DraftJsonRenderer
{
    public static string Render(DraftResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonOutput.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("draft", result.Draft);
            writer.WriteString("verdict", WireNames.Of(result.Verdict));
            writer.WriteBoolean("eligible", result.IsEligibleForApproval);
            writer.WriteStartArray("findings");
            foreach (var finding in result.Findings)
            {
                CheckJsonRenderer.WriteFinding(writer, finding);
            }

            writer.WriteEndArray();
            writer.WriteNumber("attempts", result.Attempts);
            writer.WriteString("promptVersion", result.PromptVersion);
            writer.WriteString("model", result.Model);
            writer.WriteString("endpoint", result.Endpoint);
            writer.WriteString("owner", result.Owner);
            writer.WriteStartObject("usage");
            writer.WriteNumber("inputTokens", result.Usage.InputTokens);
            writer.WriteNumber("outputTokens", result.Usage.OutputTokens);
            writer.WriteEndObject();
            writer.WriteNumber("cost", result.Cost);
            writer.WriteNumber("latencyMs", Math.Round(result.Latency.TotalMilliseconds, 1));
            WriteFlags(writer, result.Flags);
            WriteCalls(writer, result.Calls);
            writer.WriteEndObject();
        });
    }

    private static void WriteFlags(Utf8JsonWriter writer, IReadOnlyList<DraftFlag> flags)
    {
        writer.WriteStartArray("flags");
        foreach (var flag in flags)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", flag.Kind);
            writer.WriteString("source", flag.SourceId);
            writer.WriteString("phrase", flag.Phrase);
            writer.WriteString("detail", flag.Detail);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteCalls(Utf8JsonWriter writer, IReadOnlyList<ModelCall> calls)
    {
        writer.WriteStartArray("calls");
        foreach (var call in calls)
        {
            writer.WriteStartObject();
            writer.WriteString("endpoint", call.Endpoint);
            writer.WriteString("model", call.Model);
            writer.WriteString("purpose", call.PurposeName);
            writer.WriteString("outcome", call.Outcome);
            writer.WriteNumber("inputTokens", call.Usage.InputTokens);
            writer.WriteNumber("outputTokens", call.Usage.OutputTokens);
            writer.WriteNumber("cost", call.Cost);
            writer.WriteNumber("latencyMs", Math.Round(call.Latency.TotalMilliseconds, 1));
            writer.WriteBoolean("cached", call.Cached);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
