namespace ChatOps.Core.Cards.Building;

/// <summary>How a draft version was made, for "who approved?": its text, sources, prompt and model.</summary>
public sealed record DraftProvenance(string Text, IReadOnlyList<string> Sources, string PromptId, string PromptVersion, string Model);
