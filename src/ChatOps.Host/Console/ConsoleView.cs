using System.Text.Json.Nodes;
using ChatOps.Core.Cards;
using ChatOps.Teams.Cards;

namespace ChatOps.Host.Console;

/// <summary>A thread entry as the page shows it; approval cards also come as Adaptive Cards, for the official renderer.</summary>
public sealed record ConsoleView(int Number, string Author, DateTimeOffset At, string? Text, Card? Card, JsonObject? AdaptiveCard)
{
    public static ConsoleView Of(ConsoleEntry entry, string? viewer)
    {
        ArgumentNullException.ThrowIfNull(entry);
        JsonObject? adaptive = null;
        if (entry.Card is { Kind: CardKind.ApprovalRequest or CardKind.Decided } card)
        {
            // Only the people the card names get its buttons, as in Teams.
            var mayAct = viewer is not null && card.ActionableBy.Contains(viewer, StringComparer.Ordinal);
            adaptive = AdaptiveCardRenderer.Render(card, new AdaptiveCardView { ShowActions = mayAct });
        }

        return new ConsoleView(entry.Number, entry.Author, entry.At, entry.Text, entry.Card, adaptive);
    }
}
