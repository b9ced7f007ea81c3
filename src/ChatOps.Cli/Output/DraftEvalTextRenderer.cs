using System.Globalization;
using System.Text;
using ChatOps.Cli.Commands;

namespace ChatOps.Cli.Output;

/// <summary>The drafting eval for people: a row per workflow and the total, then each bundle that did not pass and why.</summary>
internal static class DraftEvalTextRenderer
{
    public static string Render(string setPath, string endpoint, IReadOnlyList<DraftEvalSummary> byWorkflow, DraftEvalSummary all)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"drafting eval of {setPath} on endpoint {endpoint}: {all.Cases.Count} bundles\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{"workflow",-20} {"bundles",7} {"passed",7} {"pass",6} {"repairs",7} {"escal.",6} {"UNK/draft",9} {"tokens in",10} {"tokens out",10} {"cost",10} {"p50 s",7} {"p95 s",7}\n");
        foreach (var row in byWorkflow.Append(all))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{row.Name,-20} {row.Cases.Count,7} {row.Passed,7} {row.PassRate,6:0.000} {row.Repairs,7} {row.Escalations,6} {row.UnknownsPerDraft,9:0.0} {row.InputTokens,10:N0} {row.OutputTokens,10:N0} {row.Cost,10:0.######} {row.LatencyMedian.TotalSeconds,7:0.000} {row.LatencyP95.TotalSeconds,7:0.000}\n");
        }

        var misses = all.Cases.Where(c => !c.Passed).ToArray();
        if (misses.Length > 0)
        {
            text.Append("\nnot passed:\n");
            foreach (var miss in misses)
            {
                var why = miss.Error is { } error
                    ? "no draft: " + error.Message
                    : "rejected: " + string.Join("; ", miss.Result!.Findings.Select(f => $"{f.Rule} \"{f.Text.Trim()}\""));
                text.Append(CultureInfo.InvariantCulture, $"  {miss.Id} ({miss.Workflow}): {why}\n");
            }
        }

        return text.ToString();
    }
}
