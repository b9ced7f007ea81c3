using ChatOps.Core.Cards;
using ChatOps.Teams.Cards;

namespace ChatOps.Teams.Inbound;

/// <summary>The answer to a card action: the card the person should see now, a message (for refusals), or an error.</summary>
public sealed record TeamsInvokeResult
{
    private TeamsInvokeResult()
    {
    }

    /// <summary>The card to show, rendered for <see cref="View"/>.</summary>
    public Card? Card { get; private init; }

    public AdaptiveCardView View { get; private init; } = AdaptiveCardView.Everyone;

    /// <summary>A sentence shown to the person instead of a new card.</summary>
    public string? Message { get; private init; }

    /// <summary>An error status (400 or 500) with a code and message, for requests the core cannot understand.</summary>
    public int? ErrorStatus { get; private init; }

    public string? ErrorCode { get; private init; }

    public static TeamsInvokeResult ShowCard(Card card, AdaptiveCardView view)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(view);
        return new() { Card = card, View = view };
    }

    public static TeamsInvokeResult ShowMessage(string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return new() { Message = message };
    }

    public static TeamsInvokeResult Error(int statusCode, string code, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        if (statusCode is not (400 or 500))
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "Invoke errors are 400 or 500.");
        }

        return new() { ErrorStatus = statusCode, ErrorCode = code, Message = message };
    }
}
