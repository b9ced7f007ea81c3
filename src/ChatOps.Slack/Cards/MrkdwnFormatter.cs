using System.Text.RegularExpressions;
using ChatOps.Core.Cards;

namespace ChatOps.Slack.Cards;

/// <summary>Turns card text into Slack mrkdwn: escaped, citation markers linked to their sources, light Markdown converted.</summary>
internal static partial class MrkdwnFormatter
{
    /// <summary>Escapes one word of a draft and links each <c>[n]</c> to citation n's address when it has a web one.</summary>
    public static string DraftWord(string word, IReadOnlyDictionary<int, string> links) =>
        CitationMarker().Replace(SlackText.Escape(word), m =>
            int.TryParse(m.Groups[1].ValueSpan, out var n) && links.TryGetValue(n, out var uri) ? $"<{uri}|{m.Value}>" : m.Value);

    /// <summary>Web addresses of the citations, by number.</summary>
    public static Dictionary<int, string> Links(IEnumerable<CardCitation> citations)
    {
        var links = new Dictionary<int, string>();
        foreach (var citation in citations)
        {
            if (SlackText.LinkTarget(citation.Uri) is { } target)
            {
                links.TryAdd(citation.Number, target);
            }
        }

        return links;
    }

    /// <summary>A paragraph's light Markdown (<c>**bold**</c>, <c>`code`</c>, <c>[text](https://…)</c>) as mrkdwn.</summary>
    public static string Paragraph(string text)
    {
        var escaped = SlackText.Escape(text);
        var bold = Bold().Replace(escaped, "*$1*");
        return MarkdownLink().Replace(bold, m => SlackText.LinkTarget(m.Groups[2].Value.Replace("&amp;", "&", StringComparison.Ordinal)) is { } target
            ? $"<{target}|{m.Groups[1].Value}>"
            : m.Value);
    }

    [GeneratedRegex(@"\[(\d{1,4})\]", RegexOptions.CultureInvariant)]
    private static partial Regex CitationMarker();

    [GeneratedRegex(@"\*\*(.+?)\*\*", RegexOptions.CultureInvariant)]
    private static partial Regex Bold();

    [GeneratedRegex(@"\[([^\]\r\n]+)\]\(([^)\s]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownLink();
}
