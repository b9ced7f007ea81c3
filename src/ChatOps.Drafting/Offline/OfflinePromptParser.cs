using System.Text.RegularExpressions;
using ChatOps.Core.Evidence;
using ChatOps.Drafting.Prompts;

namespace ChatOps.Drafting.Offline;

/// <summary>Reads the workflow, request and fenced source blocks out of a rendered user message.</summary>
internal static partial class OfflinePromptParser
{
    public static OfflinePrompt Parse(string userMessage)
    {
        ArgumentNullException.ThrowIfNull(userMessage);
        var lines = userMessage.ReplaceLineEndings("\n").Split('\n');
        string workflow = "", request = "";
        var sources = new List<Source>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("Your previous draft", StringComparison.Ordinal))
            {
                break; // Repair text follows; the offline drafter already checks its own output.
            }

            if (line.StartsWith("Workflow: ", StringComparison.Ordinal))
            {
                workflow = line["Workflow: ".Length..].Trim();
            }
            else if (line.StartsWith("Request: ", StringComparison.Ordinal))
            {
                request = line["Request: ".Length..].Trim();
            }
            else if (Header().Match(line) is { Success: true } header)
            {
                var fence = header.Groups["fence"].Value;
                var end = Array.FindIndex(lines, i + 1, l => l == fence);
                end = end < 0 ? lines.Length : end;
                var text = string.Join('\n', lines[(i + 1)..end]);
                var kind = SourceKinds.TryParse(header.Groups["kind"].Value, out var parsed) ? parsed : SourceKind.Doc;
                var uri = header.Groups["uri"].Success ? header.Groups["uri"].Value : null;
                sources.Add(new Source(header.Groups["id"].Value, kind, "", uri, text));
                i = end;
            }
        }

        return new OfflinePrompt(workflow, request, new EvidenceSet(sources.DistinctBy(s => s.Id)));
    }

    [GeneratedRegex(@"^(?<fence>`{3,})" + EvidenceBlocks.InfoWord + @" id=(?<id>\S+) kind=(?<kind>\S+)(?: uri=(?<uri>\S+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Header();
}
