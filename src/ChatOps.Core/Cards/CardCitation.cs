namespace ChatOps.Core.Cards;

/// <summary>A numbered citation: which source it is, where it lives, and a short abstract of what it says.</summary>
/// <remarks>The abstract is the sentence of the source that supports the claim citing it, when the checker found one
/// (<see cref="SupportingSentence"/>), so an approver reads the claim and its evidence side by side; else the start of the source.</remarks>
public sealed record CardCitation(int Number, string SourceId, string Kind, string Title, string? Uri, string Abstract)
{
    /// <summary>The sentence of the source that backs the claim at this citation, as the source writes it; null when none was found.</summary>
    public string? SupportingSentence { get; init; }
}
