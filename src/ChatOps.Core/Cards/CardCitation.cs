namespace ChatOps.Core.Cards;

/// <summary>A numbered citation: which source it is, where it lives, and a short abstract of what it says.</summary>
public sealed record CardCitation(int Number, string SourceId, string Kind, string Title, string? Uri, string Abstract);
