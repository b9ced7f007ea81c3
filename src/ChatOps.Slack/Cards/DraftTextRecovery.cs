using System.Text.Json;
using System.Text.RegularExpressions;
using ChatOps.Slack.Wire;

namespace ChatOps.Slack.Cards;

/// <summary>Reads the draft back out of a card message this renderer drew, so the edit modal can start from the current text.</summary>
internal static partial class DraftTextRecovery
{
    /// <summary>The draft's plain text (citation markers kept, links and escapes undone), or null when the card shows no whole draft.</summary>
    public static string? FromMessage(SlackMessageRef? message)
    {
        if (message?.Extra is null || !message.Extra.TryGetValue("blocks", out var blocks) || blocks.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var pieces = new List<string>();
        foreach (var block in blocks.EnumerateArray())
        {
            var id = block.TryGetProperty("block_id", out var b) ? b.GetString() : null;
            if (id == "draft-more")
            {
                // A cut draft would come back shortened: better an empty field than a silently truncated one.
                return null;
            }

            if (id is not null && id.StartsWith("draft-", StringComparison.Ordinal)
                && block.TryGetProperty("text", out var text) && text.TryGetProperty("text", out var mrkdwn) && mrkdwn.GetString() is { } value)
            {
                pieces.Add(Plain(value));
            }
        }

        return pieces.Count == 0 ? null : string.Join('\n', pieces);
    }

    private static string Plain(string mrkdwn) =>
        CitationLink().Replace(mrkdwn, "$1")
            .Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);

    [GeneratedRegex(@"<https?://[^|>]+\|(\[\d{1,4}\])>", RegexOptions.CultureInvariant)]
    private static partial Regex CitationLink();
}
