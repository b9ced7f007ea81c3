namespace ChatOps.Slack.Cards;

/// <summary>A Block Kit composition text object; <see cref="Type"/> is written out even where a property's declared type is a subtype.</summary>
public abstract record SlackTextObject(string Type, string Text)
{
    /// <summary>Only for <c>plain_text</c>: render <c>:emoji:</c> codes.</summary>
    public bool? Emoji { get; init; }
}
