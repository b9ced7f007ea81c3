namespace ChatOps.Slack.Inbound;

/// <summary>A card action: a button click, or the modal that collected the action's input.</summary>
/// <param name="Who">The person.</param>
/// <param name="Where">The channel and thread.</param>
/// <param name="DeliveryKey">Stable across Slack's retries of this delivery.</param>
/// <param name="Verb">One of <see cref="Core.Cards.CardVerbs"/> (the button's action id).</param>
/// <param name="Data">The action's data as the card gave it.</param>
/// <param name="Inputs">Typed values by input id (for example the rejection reason); empty for a plain click.</param>
/// <param name="MessageTs">The card message's ts, for <c>chat.update</c>.</param>
/// <param name="TriggerId">Opens a modal within about 3 seconds of the click.</param>
public sealed record SlackActionReceived(
    SlackActor Who,
    SlackPlace Where,
    string DeliveryKey,
    string Verb,
    IReadOnlyDictionary<string, string> Data,
    IReadOnlyDictionary<string, string> Inputs,
    string? MessageTs,
    string? TriggerId) : SlackInbound(Who, Where, DeliveryKey);
