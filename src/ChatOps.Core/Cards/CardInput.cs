namespace ChatOps.Core.Cards;

/// <summary>A text field that goes with an action (for example the reason for a rejection).</summary>
public sealed record CardInput(string Id, string Label, bool Required, string? Placeholder = null, int MaxLength = 1000);
