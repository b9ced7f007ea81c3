namespace ChatOps.Slack.Cards;

/// <summary>A row of up to 25 buttons.</summary>
public sealed record ActionsBlock(IReadOnlyList<ButtonElement> Elements) : SlackBlock;
