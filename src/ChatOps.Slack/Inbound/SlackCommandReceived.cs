namespace ChatOps.Slack.Inbound;

/// <summary><c>/chatops verb arguments…</c>; an empty verb reads as <c>help</c>.</summary>
/// <param name="Who">The person.</param>
/// <param name="Where">The channel and thread.</param>
/// <param name="DeliveryKey">Stable across Slack's retries of this delivery.</param>
/// <param name="Verb">The first word, lower-cased: draft, check, who-approved, help, or whatever the person typed.</param>
/// <param name="Arguments">The rest of the text, trimmed.</param>
/// <param name="ResponseUrl">Where a delayed answer may be posted (5 times within 30 minutes).</param>
/// <param name="TriggerId">Opens a modal within about 3 seconds.</param>
public sealed record SlackCommandReceived(
    SlackActor Who, SlackPlace Where, string DeliveryKey, string Verb, string Arguments, string? ResponseUrl, string? TriggerId)
    : SlackInbound(Who, Where, DeliveryKey);
