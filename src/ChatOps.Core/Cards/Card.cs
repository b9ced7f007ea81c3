namespace ChatOps.Core.Cards;

/// <summary>A message to show a person, described once; each channel renders it (Block Kit, Adaptive Card, console).</summary>
public sealed record Card
{
    /// <summary>The draft the card is about, so every copy of it can be found and updated.</summary>
    public string? DraftId { get; init; }

    /// <summary>Core person ids the card is waiting for or addresses; channels that can mention people do (Slack).</summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];

    /// <summary>What the card is for; renderers pick layout details from it.</summary>
    public required CardKind Kind { get; init; }

    public required string Title { get; init; }

    public string? Subtitle { get; init; }

    /// <summary>How the card should read at a glance: neutral, good (accepted/approved), warning, attention (rejected/refused).</summary>
    public CardTone Tone { get; init; } = CardTone.Neutral;

    /// <summary>Drafted text with its citations numbered, when the card shows a draft.</summary>
    public CardDraft? Draft { get; init; }

    /// <summary>Short label/value pairs: workflow, tier, drafter, version, model, prompt version, verdict.</summary>
    public IReadOnlyList<CardFact> Facts { get; init; } = [];

    /// <summary>Checker findings with their fixes.</summary>
    public IReadOnlyList<CardFinding> Findings { get; init; } = [];

    /// <summary>Plain paragraphs (light Markdown: **bold**, `code`, links) for answers such as "who approved?" or help.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>What the person can do from the card; empty once decided.</summary>
    public IReadOnlyList<CardAction> Actions { get; init; } = [];

    /// <summary>Core person ids allowed to act (the approvers); channels show actions to them and a read-only view to others.</summary>
    public IReadOnlyList<string> ActionableBy { get; init; } = [];

    /// <summary>True when a model wrote the text: channels label it as AI-generated.</summary>
    public bool AiGenerated { get; init; }
}
