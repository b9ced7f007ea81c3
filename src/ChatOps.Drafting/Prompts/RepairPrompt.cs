using System.Text;
using ChatOps.Core.Checking;

namespace ChatOps.Drafting.Prompts;

/// <summary>The text sent back to the model when the checker rejects its draft: the draft and each finding with its fix.</summary>
internal static class RepairPrompt
{
    public static string Format(string draft, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var builder = new StringBuilder()
            .Append("\nYour previous draft was rejected by the cite-first checker. Previous draft:\n\n")
            .Append(draft.Trim()).Append("\n\nFindings:\n");
        foreach (var finding in findings)
        {
            builder.Append("- ").Append(finding.Rule).Append(" on \"").Append(finding.Text.Trim()).Append("\": ")
                .Append(finding.Message);
            if (!string.IsNullOrWhiteSpace(finding.Suggestion))
            {
                builder.Append(" Fix: ").Append(finding.Suggestion);
            }

            builder.Append('\n');
        }

        return builder.Append("\nWrite the whole draft again with every finding fixed. Output only the draft.\n").ToString();
    }
}
