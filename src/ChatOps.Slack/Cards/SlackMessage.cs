namespace ChatOps.Slack.Cards;

/// <summary>A rendered message: the notification/fallback text and the blocks.</summary>
public sealed record SlackMessage(string Text, IReadOnlyList<SlackBlock> Blocks);
