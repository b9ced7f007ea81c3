namespace ChatOps.Teams.Cards;

/// <summary>
/// Who a rendering of a card is for. The card posted to a conversation is read-only with a <c>refresh</c> naming
/// the approvers; Teams then asks for each approver's own view, which carries the buttons.
/// </summary>
public sealed record AdaptiveCardView
{
    /// <summary>Teams caps auto-refresh at 60 users.</summary>
    public const int MaxRefreshUsers = 60;

    /// <summary>Everyone sees the actions; no user-specific refresh.</summary>
    public static AdaptiveCardView Everyone { get; } = new();

    /// <summary>Teams user ids (<c>29:…</c>) whose clients fetch their own, actionable view; at most 60 are sent.</summary>
    public IReadOnlyList<string> RefreshUserIds { get; init; } = [];

    /// <summary>Whether this rendering shows the card's actions.</summary>
    public bool ShowActions { get; init; } = true;

    /// <summary>The shared card: read-only, refreshed into the actionable view for <paramref name="approverUserIds"/>.</summary>
    public static AdaptiveCardView Shared(IReadOnlyList<string> approverUserIds) =>
        new() { RefreshUserIds = approverUserIds, ShowActions = false };

    /// <summary>An approver's own view: the actions, and the same refresh so the card stays user-specific.</summary>
    public static AdaptiveCardView Actionable(IReadOnlyList<string> approverUserIds) =>
        new() { RefreshUserIds = approverUserIds, ShowActions = true };
}
