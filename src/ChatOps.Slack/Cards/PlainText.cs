namespace ChatOps.Slack.Cards;

/// <summary>Plain text, shown as typed (headers, buttons, labels).</summary>
public sealed record PlainText(string Text) : SlackTextObject("plain_text", Text);
