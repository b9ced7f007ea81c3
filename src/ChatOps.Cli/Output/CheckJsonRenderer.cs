using System.Text.Json;
using ChatOps.Core.Checking;

namespace ChatOps.Cli.Output;

/// <summary>Renders a check result as the documented JSON: verdict, findings and statements with their support.</summary>
internal static class CheckJsonRenderer
{
    public static string Render(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonOutput.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("verdict", WireNames.Of(result.Verdict));
            writer.WriteStartArray("findings");
            foreach (var finding in result.Findings)
            {
                WriteFinding(writer, finding);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("statements");
            foreach (var statement in result.Statements)
            {
                WriteStatement(writer, statement);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>One finding as every JSON output of the CLI writes it (check, draft).</summary>
    internal static void WriteFinding(Utf8JsonWriter writer, Finding finding)
    {
        writer.WriteStartObject();
        writer.WriteString("rule", finding.Rule);
        writer.WriteString("text", finding.Text);
        writer.WriteNumber("start", finding.Start);
        writer.WriteNumber("end", finding.End);
        writer.WriteNumber("line", finding.Line);
        writer.WriteString("message", finding.Message);
        writer.WriteString("suggestion", finding.Suggestion);
        writer.WriteEndObject();
    }

    private static void WriteStatement(Utf8JsonWriter writer, Statement statement)
    {
        writer.WriteStartObject();
        writer.WriteString("text", statement.Text);
        writer.WriteNumber("start", statement.Start);
        writer.WriteNumber("end", statement.End);
        writer.WriteString("kind", WireNames.Of(statement.Kind));
        writer.WriteStartArray("citations");
        foreach (var citation in statement.Citations)
        {
            writer.WriteStringValue(citation);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("support");
        foreach (var span in statement.Support)
        {
            writer.WriteStartObject();
            writer.WriteString("source", span.SourceId);
            writer.WriteNumber("start", span.Start);
            writer.WriteNumber("end", span.End);
            writer.WriteString("text", span.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
