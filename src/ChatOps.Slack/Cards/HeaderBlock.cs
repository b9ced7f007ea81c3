namespace ChatOps.Slack.Cards;

/// <summary>A large plain-text title (at most 150 characters).</summary>
public sealed record HeaderBlock(PlainText Text) : SlackBlock;
