using System.Globalization;
using System.Text;
using ChatOps.Core.Drafting;

namespace ChatOps.Cli.Output;

/// <summary>Renders a draft result for people: the draft, then its verdict, findings, attempts, usage, cost and flags.</summary>
internal static class DraftTextRenderer
{
    public static string Render(DraftResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder().Append(result.Draft.TrimEnd()).Append("\n\n---\n");
        var eligibility = result.IsEligibleForApproval ? "eligible for approval" : "NOT eligible for approval";
        text.Append(CultureInfo.InvariantCulture, $"verdict: {WireNames.Of(result.Verdict)} ({eligibility})\n");
        text.Append(CultureInfo.InvariantCulture, $"findings: {(result.Findings.Count == 0 ? "none" : result.Findings.Count.ToString(CultureInfo.InvariantCulture))}\n");
        foreach (var finding in result.Findings)
        {
            text.Append(CultureInfo.InvariantCulture, $"  line {finding.Line}: {finding.Rule}: {finding.Message} \"{finding.Text.Trim()}\"\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"attempts: {result.Attempts}\n")
            .Append(CultureInfo.InvariantCulture, $"model: {result.Model} (endpoint {result.Endpoint}, owner {result.Owner})\n")
            .Append(CultureInfo.InvariantCulture, $"prompt: {result.PromptVersion}\n")
            .Append(CultureInfo.InvariantCulture, $"usage: {result.Usage.InputTokens} input + {result.Usage.OutputTokens} output tokens\n")
            .Append(CultureInfo.InvariantCulture, $"cost: {result.Cost:0.######}\n");
        foreach (var call in result.Calls)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"call: {call.PurposeName} on {call.Endpoint}: {call.Outcome}, {call.Usage.InputTokens}+{call.Usage.OutputTokens} tokens, cost {call.Cost:0.######}, {call.Latency.TotalMilliseconds:0} ms{(call.Cached ? " (cache)" : "")}\n");
        }

        foreach (var flag in result.Flags)
        {
            text.Append(CultureInfo.InvariantCulture, $"flag: {flag.Kind}: {flag.Detail}\n");
        }

        return text.ToString();
    }
}
