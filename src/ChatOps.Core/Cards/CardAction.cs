namespace ChatOps.Core.Cards;

/// <summary>A button on a card; <see cref="Verb"/> and <see cref="Data"/> come back with the click.</summary>
public sealed record CardAction(string Verb, string Label, CardActionStyle Style, IReadOnlyDictionary<string, string> Data)
{
    /// <summary>A text the person must (or may) type with the action, such as a rejection reason.</summary>
    public CardInput? Input { get; init; }
}
