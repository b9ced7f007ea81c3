using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatOps.Core.Stats;

namespace ChatOps.Cli.Output;

/// <summary>The scorecard as JSON, in the shape the console's <c>/console/api/stats</c> answers with.</summary>
internal static class StatsJsonRenderer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Render(ScorecardReport report) => JsonSerializer.Serialize(report, Options) + Environment.NewLine;
}
