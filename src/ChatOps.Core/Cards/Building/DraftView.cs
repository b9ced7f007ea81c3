namespace ChatOps.Core.Cards.Building;

/// <summary>What a draft card needs to know about a draft besides its check: ids, text and who made it.</summary>
public sealed record DraftView(string DraftId, string Workflow, string Version, string Text, string? Ticket, bool AiGenerated)
{
    /// <summary>More facts to show (model, prompt version, attempts, cost).</summary>
    public IReadOnlyList<CardFact> Extra { get; init; } = [];
}
