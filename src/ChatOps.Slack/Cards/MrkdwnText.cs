namespace ChatOps.Slack.Cards;

/// <summary>Text in Slack's mrkdwn; callers escape <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> first.</summary>
public sealed record MrkdwnText(string Text) : SlackTextObject("mrkdwn", Text);
