using ChatOps.Core.Cards;

namespace ChatOps.Slack.Cards;

/// <summary>What a button's <c>value</c> carries (as JSON, at most 2,000 characters): the action's data and, when it asks for text, the input.</summary>
public sealed record SlackButtonValue(IReadOnlyDictionary<string, string> Data, CardInput? Input = null);
