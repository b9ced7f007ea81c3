namespace ChatOps.Teams.Inbound;

/// <summary>A click on a card button (or a card refresh): the verb, the data the card carried and what the person typed.</summary>
/// <param name="ActivityId">The invoke's activity id (the dedupe key).</param>
/// <param name="Who">The person who clicked.</param>
/// <param name="Where">The conversation; <see cref="InboundPlace.ReplyToId"/> is the card's message.</param>
/// <param name="Verb">One of <see cref="ChatOps.Core.Cards.CardVerbs"/>.</param>
/// <param name="Data">The hidden data of the action, as the card model gave it.</param>
/// <param name="Inputs">Values of the card's inputs, by input id (for example <c>reason</c>).</param>
/// <param name="IsAutomaticRefresh">True when Teams asked for the card because it was shown, not because of a click.</param>
public sealed record InboundAction(
    string ActivityId,
    InboundPerson Who,
    InboundPlace Where,
    string Verb,
    IReadOnlyDictionary<string, string> Data,
    IReadOnlyDictionary<string, string> Inputs,
    bool IsAutomaticRefresh);
