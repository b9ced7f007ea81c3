using System.Text.RegularExpressions;

namespace ChatOps.Teams.Inbound;

/// <summary>Removes Teams' <c>&lt;at&gt;Name&lt;/at&gt;</c> mention markup so commands parse the same with or without a mention.</summary>
internal static partial class MentionText
{
    public static string Strip(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var withoutMentions = AtTag().Replace(text, " ");
        return Whitespace().Replace(withoutMentions.Replace("&nbsp;", " ", StringComparison.Ordinal), " ").Trim();
    }

    [GeneratedRegex(@"<at\b[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"[ \t\u00A0]+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Whitespace();
}
