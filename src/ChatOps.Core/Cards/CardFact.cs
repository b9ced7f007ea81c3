namespace ChatOps.Core.Cards;

/// <summary>A short label/value pair shown on a card.</summary>
public sealed record CardFact(string Label, string Value);
