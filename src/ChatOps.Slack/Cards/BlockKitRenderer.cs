using System.Text.Json;
using ChatOps.Core.Cards;
using ChatOps.Slack.Wire;

namespace ChatOps.Slack.Cards;

/// <summary>Renders a channel-neutral <see cref="Card"/> as a Block Kit message within Slack's limits.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A service the host injects and may replace.")]
public sealed class BlockKitRenderer
{
    /// <summary>The message for <c>chat.postMessage</c> or (for a decided card) <c>chat.update</c>.</summary>
    /// <param name="card">What to show.</param>
    /// <param name="fullText">Where the whole draft can be read when it does not fit in one message.</param>
    public SlackMessage Render(Card card, Uri? fullText = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        var head = Head(card);
        var tail = Tail(card);
        var groups = new[]
        {
            CardParts.Draft(card.Draft, fullText),
            CardParts.Sources(card.Draft?.Citations ?? []),
            CardParts.Facts(card.Facts),
            CardParts.Findings(card.Findings),
            CardParts.Paragraphs(card.Paragraphs),
        }.OfType<BlockGroup>().ToList();
        var body = BlockBudget.Fit(groups, BlockKitLimits.MessageBlocks - head.Count - tail.Count);
        return new SlackMessage(Fallback(card), [.. head, .. body, .. tail]);
    }

    private static List<SlackBlock> Head(Card card)
    {
        var title = string.IsNullOrWhiteSpace(card.Title) ? card.Kind.ToString() : card.Title;
        var blocks = new List<SlackBlock> { new HeaderBlock(new PlainText(SlackText.Truncate(Tone(card.Tone) + title, BlockKitLimits.HeaderText)) { Emoji = true }) { BlockId = "title" } };
        var notes = new List<SlackTextObject>();
        if (!string.IsNullOrWhiteSpace(card.Subtitle))
        {
            notes.Add(new MrkdwnText(SlackText.Truncate(SlackText.Escape(card.Subtitle), BlockKitLimits.ContextText)));
        }

        if (card.AiGenerated)
        {
            notes.Add(new MrkdwnText(":robot_face: AI-generated: check each claim against its numbered source."));
        }

        if (card.Draft?.VersionHash is { Length: > 0 } hash)
        {
            notes.Add(new MrkdwnText($"Version `{SlackText.Escape(SlackText.Truncate(hash, 64))}`"));
        }

        if (notes.Count > 0)
        {
            blocks.Add(new ContextBlock(notes) { BlockId = "about" });
        }

        return blocks;
    }

    private static List<SlackBlock> Tail(Card card)
    {
        // A decided card replaces the request in place: its buttons go, whatever the model still lists.
        if (card.Kind == CardKind.Decided || card.Actions.Count == 0)
        {
            return [];
        }

        var blocks = new List<SlackBlock> { new DividerBlock { BlockId = "actions-rule" } };
        blocks.AddRange(card.Actions.Chunk(BlockKitLimits.ActionsElements).Select((chunk, i) =>
            (SlackBlock)new ActionsBlock(chunk.Select(Button).ToList()) { BlockId = $"actions-{i}" }));
        return blocks;
    }

    private static ButtonElement Button(CardAction action)
    {
        // A button's value holds 2,000 characters: the field's starting text is read back from the card when the modal opens.
        var value = JsonSerializer.Serialize(new SlackButtonValue(action.Data, action.Input is { } input ? input with { InitialValue = null } : null), SlackJsonContext.Default.SlackButtonValue);
        if (value.Length > BlockKitLimits.ButtonValue || action.Verb.Length is 0 or > BlockKitLimits.Id)
        {
            // Slack would refuse the whole message; a card whose action data outgrows a button is a bug upstream.
            throw new InvalidOperationException($"Card action '{SlackText.Truncate(action.Verb, 40)}' does not fit a Slack button (verb 1–255, data ≤ 2,000 characters as JSON).");
        }

        return new ButtonElement(new PlainText(SlackText.Truncate(action.Label, BlockKitLimits.ButtonText)) { Emoji = true }, action.Verb)
        {
            Value = value,
            Style = action.Style switch
            {
                CardActionStyle.Primary => "primary",
                CardActionStyle.Destructive => "danger",
                _ => null,
            },
        };
    }

    private static string Tone(CardTone tone) => tone switch
    {
        CardTone.Good => ":white_check_mark: ",
        CardTone.Warning => ":warning: ",
        CardTone.Attention => ":no_entry: ",
        _ => string.Empty,
    };

    private static string Fallback(Card card)
    {
        var text = string.IsNullOrWhiteSpace(card.Subtitle) ? card.Title : $"{card.Title} — {card.Subtitle}";
        return SlackText.Truncate(SlackText.Escape(string.IsNullOrWhiteSpace(text) ? card.Kind.ToString() : text), BlockKitLimits.FallbackText);
    }
}
