namespace ChatOps.Core.Cards;

/// <summary>Draft text in which citation markers are numbered <c>[1]</c>, <c>[2]</c> …, and the sources those numbers stand for.</summary>
public sealed record CardDraft(string Text, IReadOnlyList<CardCitation> Citations)
{
    /// <summary>SHA-256 of the draft's content as approvals bind to it.</summary>
    public string? VersionHash { get; init; }
}
