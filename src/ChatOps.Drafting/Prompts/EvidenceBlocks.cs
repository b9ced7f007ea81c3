using System.Text;
using ChatOps.Core.Evidence;

namespace ChatOps.Drafting.Prompts;

/// <summary>Writes sources as fenced, id-labelled blocks for the user message, so evidence stays data and never joins the system message.</summary>
internal static class EvidenceBlocks
{
    /// <summary>The info string that opens each block; the offline drafter reads the same shape back.</summary>
    public const string InfoWord = "source";

    public static string Format(EvidenceSet evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var builder = new StringBuilder();
        foreach (var source in evidence.Sources)
        {
            // A fence longer than any backtick run in the text, so a source cannot close its own block.
            var fence = new string('`', Math.Max(3, LongestBacktickRun(source.Text) + 1));
            builder.Append(fence).Append(InfoWord)
                .Append(" id=").Append(source.Id)
                .Append(" kind=").Append(source.Kind.ToWireName());
            if (source.Uri is not null && !source.Uri.Any(char.IsWhiteSpace))
            {
                builder.Append(" uri=").Append(source.Uri);
            }

            // Titles are left out on purpose: the rules read only the text, so a number seen only in a title cannot be cited.
            builder.Append('\n').Append(source.Text.ReplaceLineEndings("\n")).Append('\n').Append(fence).Append("\n\n");
        }

        return builder.ToString();
    }

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
