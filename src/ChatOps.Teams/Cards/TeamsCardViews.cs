using ChatOps.Core.Cards;
using ChatOps.Teams.Outbound;
using ChatOps.Teams.People;

namespace ChatOps.Teams.Cards;

/// <summary>
/// Picks who sees a card's buttons. When every approver's Teams id is known (from their own activities or the
/// conversation's member list), the shared card is read-only and refreshes into the buttons for them alone; otherwise
/// everyone sees the buttons and the ledger's rules refuse the wrong clicks.
/// </summary>
internal sealed class TeamsCardViews(TeamsPeopleDirectory directory)
{
    /// <summary>The view of a card posted for everyone in a conversation.</summary>
    public async Task<AdaptiveCardView> SharedAsync(Card card, ConversationReference? conversation, CancellationToken cancellationToken = default) =>
        await RefreshIdsAsync(card, conversation, cancellationToken) is { } ids ? AdaptiveCardView.Shared(ids) : AdaptiveCardView.Everyone;

    /// <summary>The view of a card for someone who may act on it (an approver's own copy, or the answer to their click).</summary>
    public async Task<AdaptiveCardView> ActionableAsync(Card card, ConversationReference? conversation, CancellationToken cancellationToken = default) =>
        await RefreshIdsAsync(card, conversation, cancellationToken) is { } ids ? AdaptiveCardView.Actionable(ids) : AdaptiveCardView.Everyone;

    private async Task<string[]?> RefreshIdsAsync(Card card, ConversationReference? conversation, CancellationToken cancellationToken)
    {
        if (card.Actions.Count == 0 || card.ActionableBy.Count == 0)
        {
            return null;
        }

        var ids = new List<string>(card.ActionableBy.Count);
        foreach (var person in card.ActionableBy)
        {
            if (await directory.FindAsync(person, conversation, cancellationToken) is not { } contact)
            {
                return null;
            }

            ids.Add(contact.ChannelUserId);
        }

        return [.. ids];
    }
}
