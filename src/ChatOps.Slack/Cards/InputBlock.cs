namespace ChatOps.Slack.Cards;

/// <summary>A labelled input in a modal.</summary>
public sealed record InputBlock(PlainText Label, PlainTextInputElement Element) : SlackBlock
{
    public bool? Optional { get; init; }

    public PlainText? Hint { get; init; }
}
