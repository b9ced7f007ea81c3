namespace ChatOps.Core.Cards;

/// <summary>A text field that goes with an action (for example the reason for a rejection).</summary>
public sealed record CardInput(string Id, string Label, bool Required, string? Placeholder = null, int MaxLength = 1000)
{
    /// <summary>The text the field starts with (the draft as shown, for an edit); channels that cannot carry it leave the field empty.</summary>
    public string? InitialValue { get; init; }
}
