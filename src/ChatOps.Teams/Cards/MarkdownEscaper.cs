using System.Text;

namespace ChatOps.Teams.Cards;

/// <summary>Makes untrusted text literal inside a markdown-capable TextBlock (people's text must not become links or lists).</summary>
internal static class MarkdownEscaper
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        var lineStart = true;
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '`' || (lineStart && c is '-' or '+' or '#' or '>'))
            {
                builder.Append('\\');
            }

            builder.Append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }

        return builder.ToString();
    }

    /// <summary>Only absolute http(s) links are rendered; anything else is shown as text.</summary>
    public static string? SafeUrl(string? uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp)
            ? parsed.AbsoluteUri
            : null;
}
