namespace ChatOps.Slack.Cards;

/// <summary>A horizontal rule.</summary>
public sealed record DividerBlock : SlackBlock;
