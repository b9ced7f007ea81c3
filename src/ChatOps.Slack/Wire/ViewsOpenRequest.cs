using ChatOps.Slack.Cards;

namespace ChatOps.Slack.Wire;

/// <summary><c>views.open</c> arguments; the trigger id lives about 3 seconds.</summary>
public sealed record ViewsOpenRequest(string TriggerId, SlackModalView View);
