namespace ChatOps.Slack.Cards;

/// <summary>Small grey text, up to 10 elements of at most 2,000 characters each.</summary>
public sealed record ContextBlock(IReadOnlyList<SlackTextObject> Elements) : SlackBlock;
