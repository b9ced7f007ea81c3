using ChatOps.Core.Cards;
using ChatOps.Teams.Cards;

namespace ChatOps.Host.Channels.Teams;

/// <summary>
/// Picks who sees a card's buttons. When every approver's Teams id is known, the shared card is read-only and refreshes
/// into the buttons for them alone; otherwise everyone sees the buttons and the ledger's rules refuse the wrong clicks.
/// </summary>
internal sealed class TeamsCardViews(TeamsPeopleDirectory directory)
{
    /// <summary>The view of a card posted for everyone in a conversation.</summary>
    public AdaptiveCardView Shared(Card card) =>
        RefreshIds(card) is { } ids ? AdaptiveCardView.Shared(ids) : AdaptiveCardView.Everyone;

    /// <summary>The view of a card for someone who may act on it (an approver's own copy, or the answer to their click).</summary>
    public AdaptiveCardView Actionable(Card card) =>
        RefreshIds(card) is { } ids ? AdaptiveCardView.Actionable(ids) : AdaptiveCardView.Everyone;

    private string[]? RefreshIds(Card card)
    {
        if (card.Actions.Count == 0 || card.ActionableBy.Count == 0)
        {
            return null;
        }

        var contacts = card.ActionableBy.Select(directory.Find).ToArray();
        return contacts.All(c => c is not null) ? [.. contacts.Select(c => c!.ChannelUserId)] : null;
    }
}
