using ChatOps.Core.Cards;

namespace ChatOps.Core.Conversations.Replies;

/// <summary>What the core answers: cards for the thread, cards for particular people, and cards to update in place.</summary>
public sealed record ConversationReply
{
    /// <summary>Cards to post in the thread the request came from.</summary>
    public IReadOnlyList<Card> ToThread { get; init; } = [];

    /// <summary>Cards for named people only (approval requests), by core person id.</summary>
    public IReadOnlyList<PersonalCard> ToPeople { get; init; } = [];

    /// <summary>Cards already posted for a draft, to be replaced everywhere they show (the decided state).</summary>
    public IReadOnlyList<CardUpdate> Updates { get; init; } = [];

    /// <summary>A short answer only the person who acted should see (a refused click).</summary>
    public Card? ToActorOnly { get; init; }

    /// <summary>
    /// Set when the request failed for a reason that passes (the model endpoint was busy or down): the request is worth
    /// running again after this long, and the worker keeps it for that.
    /// </summary>
    public TimeSpan? RetryAfter { get; init; }

    public static ConversationReply Thread(params Card[] cards) => new() { ToThread = cards };

    public static ConversationReply Private(Card card) => new() { ToActorOnly = card };
}
