using System.Text.Json;
using ChatOps.Core.Cards;
using ChatOps.Teams.Wire;

namespace ChatOps.Teams.Cards;

/// <summary>
/// Builds the outgoing message for a card: the draft as markdown text (so Teams shows citation pills and the AI
/// label on it), the Adaptive Card as the attachment, and the root Message entity; always under 80 KB.
/// </summary>
public static class TeamsMessageFactory
{
    /// <summary>Teams refuses messages over about 100 KB (counted in UTF-16); we stay under 80 KB.</summary>
    public const int MaxMessageBytes = 80 * 1024;

    private const string TruncationNote = "\n\n*(Draft shortened to fit a Teams message; the full text is kept with the draft.)*";

    public static Activity Create(Card card, AdaptiveCardView view)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(view);
        var text = card.Draft?.Text;
        var shaped = card;
        var maxFindings = AdaptiveCardRenderer.DefaultMaxFindings;
        while (true)
        {
            var activity = Build(shaped, view, text, maxFindings);
            var excess = SizeOf(activity) - MaxMessageBytes;
            if (excess <= 0)
            {
                return activity;
            }

            // Shrink the largest free-form parts first: the draft text, then findings, then paragraphs.
            if (text is { Length: > 0 } && !string.IsNullOrEmpty(card.Draft?.Text))
            {
                text = Shorten(card.Draft.Text, text.Length - (excess / 2) - TruncationNote.Length - 256);
            }
            else if (maxFindings > 0 && shaped.Findings.Count > 0)
            {
                maxFindings /= 2;
            }
            else if (shaped.Paragraphs.Count > 1)
            {
                var keep = shaped.Paragraphs.Count / 2;
                shaped = shaped with { Paragraphs = [.. shaped.Paragraphs.Take(keep), $"\u2026{card.Paragraphs.Count - keep} more paragraph(s) not shown."] };
            }
            else
            {
                throw new InvalidOperationException($"The card \"{card.Title}\" does not fit in a Teams message even when shortened.");
            }
        }
    }

    internal static int SizeOf(Activity activity) =>
        JsonSerializer.Serialize(activity, TeamsJsonContext.Default.Activity).Length * sizeof(char);

    private static Activity Build(Card card, AdaptiveCardView view, string? text, int maxFindings)
    {
        var entity = CitationEntities.Create(card.AiGenerated, text, card.Draft?.Citations ?? []);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = string.IsNullOrEmpty(text) ? null : text,
            TextFormat = string.IsNullOrEmpty(text) ? null : "markdown",
            Attachments = [new Attachment(ActivityTypes.AdaptiveCardContentType, AdaptiveCardRenderer.Render(card, view, maxFindings))],
            Entities = entity is null ? null : [entity],
        };
    }

    private static string Shorten(string full, int length)
    {
        if (length <= 0)
        {
            return "";
        }

        var cut = full.LastIndexOfAny([' ', '\n'], Math.Min(length, full.Length - 1));
        return string.Concat(full.AsSpan(0, cut > length / 2 ? cut : length).TrimEnd(), TruncationNote);
    }
}
