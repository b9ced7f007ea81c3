using ChatOps.Core.Drafting;
using ChatOps.Core.Policy;

namespace ChatOps.Core.Approvals;

/// <summary>A draft as produced: who asked, where, with which prompt, model and evidence, and the text.</summary>
public sealed record NewDraft
{
    public required string DraftId { get; init; }

    public required string Workflow { get; init; }

    public required Person Drafter { get; init; }

    /// <summary>The conversation: <c>channel/thread id</c>.</summary>
    public required string Thread { get; init; }

    public string? Ticket { get; init; }

    public required string Request { get; init; }

    public required string PromptId { get; init; }

    public required string PromptVersionHash { get; init; }

    public required string ModelId { get; init; }

    public IReadOnlyDictionary<string, string> ModelSettings { get; init; } = new Dictionary<string, string>();

    public required IReadOnlyList<EvidenceReference> Evidence { get; init; }

    public required string Output { get; init; }

    /// <summary>What a reviewer must know about how the text was made (a source that tried to instruct the model).</summary>
    public IReadOnlyList<DraftFlag> Flags { get; init; } = [];

    /// <summary>The model calls that made the text, each recorded as its own <c>model-call</c> record with the draft.</summary>
    public IReadOnlyList<ModelCall> ModelCalls { get; init; } = [];
}
