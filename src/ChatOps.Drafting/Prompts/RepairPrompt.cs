using System.Text;
using ChatOps.Core.Checking;

namespace ChatOps.Drafting.Prompts;

/// <summary>The text sent back to the model when the checker rejects its draft: the draft and each finding with its fix.</summary>
/// <remarks>An <c>unsupported-claim</c> finding carries the closest sentence of the sources the claim cites, so the model
/// rewrites the claim in the source's words instead of guessing again.</remarks>
internal static class RepairPrompt
{
    public static string Format(string draft, CheckResult check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var builder = new StringBuilder()
            .Append("\nYour previous draft was rejected by the cite-first checker. Previous draft:\n\n")
            .Append(draft.Trim()).Append("\n\nFindings:\n");
        foreach (var finding in check.Findings)
        {
            builder.Append("- ").Append(finding.Rule).Append(" on \"").Append(finding.Text.Trim()).Append("\": ")
                .Append(finding.Message);
            if (!string.IsNullOrWhiteSpace(finding.Suggestion))
            {
                builder.Append(" Fix: ").Append(finding.Suggestion);
            }

            if (finding.Rule == RuleIds.UnsupportedClaim)
            {
                AppendClosest(builder, check, finding);
            }

            builder.Append('\n');
        }

        return builder.Append("\nWrite the whole draft again with every finding fixed. Keep each source's own words for causes, names, scope and status. Output only the draft.\n").ToString();
    }

    private static void AppendClosest(StringBuilder builder, CheckResult check, Finding finding)
    {
        var statement = check.Statements.FirstOrDefault(s => s.Start == finding.Start && s.End == finding.End);
        if (statement is null || statement.Support.Count == 0)
        {
            builder.Append(" No sentence of the cited sources is close to it: remove it, or write it as `UNKNOWN: …`.");
            return;
        }

        builder.Append(" What the cited sources say:");
        foreach (var span in statement.Support)
        {
            builder.Append(" [").Append(span.SourceId).Append("] \"").Append(span.Text).Append('"');
        }

        builder.Append(". State only that, in those words, or label the rest `UNKNOWN: …`.");
    }
}
