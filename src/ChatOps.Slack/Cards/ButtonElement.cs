namespace ChatOps.Slack.Cards;

/// <summary>A button: text at most 75 characters, <c>action_id</c> at most 255, <c>value</c> at most 2,000.</summary>
public sealed record ButtonElement(PlainText Text, string ActionId)
{
    public string Type { get; init; } = "button";

    public string? Value { get; init; }

    /// <summary><c>primary</c>, <c>danger</c> or absent.</summary>
    public string? Style { get; init; }
}
