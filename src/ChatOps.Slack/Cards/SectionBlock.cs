namespace ChatOps.Slack.Cards;

/// <summary>A text section (at most 3,000 characters), optionally with up to 10 two-column fields.</summary>
public sealed record SectionBlock : SlackBlock
{
    public SlackTextObject? Text { get; init; }

    public IReadOnlyList<SlackTextObject>? Fields { get; init; }
}
