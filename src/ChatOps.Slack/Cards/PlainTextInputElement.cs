namespace ChatOps.Slack.Cards;

/// <summary>A text field; <c>max_length</c> at most 3,000.</summary>
public sealed record PlainTextInputElement(string ActionId)
{
    public string Type { get; init; } = "plain_text_input";

    public bool? Multiline { get; init; }

    public int? MaxLength { get; init; }

    public string? InitialValue { get; init; }

    public PlainText? Placeholder { get; init; }
}
