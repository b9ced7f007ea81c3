using System.Text;

namespace ChatOps.Slack.Cards;

/// <summary>Splits long text into pieces that each fit one Block Kit text field, breaking between words where it can.</summary>
internal static class SlackTextPacker
{
    /// <summary>Converts <paramref name="text"/> word by word (whitespace kept) and cuts the result into pieces of at most <paramref name="max"/>.</summary>
    public static List<string> Split(string text, Func<string, string> convertWord, int max)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        foreach (var token in Tokens(text))
        {
            var converted = char.IsWhiteSpace(token[0]) ? token : convertWord(token);
            if (current.Length + converted.Length <= max)
            {
                current.Append(converted);
                continue;
            }

            Flush(pieces, current);
            if (char.IsWhiteSpace(token[0]))
            {
                continue;
            }

            // One word longer than a whole section (a pasted log line): cut it plainly, without links.
            var rest = converted.Length <= max ? converted : SlackText.Escape(token);
            while (rest.Length > max)
            {
                var cut = Math.Max(SlackText.SafeCut(rest, max), 1);
                pieces.Add(rest[..cut]);
                rest = rest[cut..];
            }

            current.Append(rest);
        }

        Flush(pieces, current);
        return pieces;
    }

    /// <summary>Packs items (each already formatted) into pieces of at most <paramref name="max"/>, joined by <paramref name="separator"/>.</summary>
    public static List<string> Pack(IEnumerable<string> items, string separator, int max)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in items)
        {
            var item = SlackText.Truncate(raw, max);
            var extra = current.Length == 0 ? item.Length : separator.Length + item.Length;
            if (current.Length + extra > max)
            {
                Flush(pieces, current);
            }

            if (current.Length > 0)
            {
                current.Append(separator);
            }

            current.Append(item);
        }

        Flush(pieces, current);
        return pieces;
    }

    private static void Flush(List<string> pieces, StringBuilder current)
    {
        var piece = current.ToString().Trim();
        if (piece.Length > 0)
        {
            pieces.Add(piece);
        }

        current.Clear();
    }

    private static IEnumerable<string> Tokens(string text)
    {
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || char.IsWhiteSpace(text[i]) != char.IsWhiteSpace(text[i - 1]))
            {
                yield return text[start..i];
                start = i;
            }
        }
    }
}
