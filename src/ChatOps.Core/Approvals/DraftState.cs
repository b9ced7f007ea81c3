namespace ChatOps.Core.Approvals;

/// <summary>A draft's current state, folded from its ledger records.</summary>
public sealed record DraftState
{
    public required string DraftId { get; init; }

    public required string Workflow { get; init; }

    public required string Drafter { get; init; }

    public required string Thread { get; init; }

    public string? Ticket { get; init; }

    /// <summary>The content hash of the current version; decisions bind to it.</summary>
    public required string Version { get; init; }

    public string Output { get; init; } = string.Empty;

    public ApprovalStatus Status { get; init; } = ApprovalStatus.Drafted;

    public bool CheckAccepted { get; init; }

    public bool FindingsOverridden { get; init; }

    public IReadOnlyList<string> EvidenceKinds { get; init; } = [];

    public IReadOnlyList<EvidenceReference> Evidence { get; init; } = [];

    /// <summary>Every decision on any version, oldest first.</summary>
    public IReadOnlyList<RecordedDecision> Decisions { get; init; } = [];

    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Flags recorded with the draft (a source that tried to instruct the model), shown to approvers.</summary>
    public IReadOnlyList<Drafting.DraftFlag> Flags { get; init; } = [];

    /// <summary>The sequence of the draft's latest record; appends are conditional on it.</summary>
    public long LastSequence { get; init; }

    /// <summary>The sequence of the latest approval request of the current version (a renewal asks again).</summary>
    public long RequestSequence { get; init; }

    /// <summary>The decisions on the current version since it was last sent for approval.</summary>
    public IEnumerable<RecordedDecision> DecisionsOfCurrentRequest =>
        Decisions.Where(d => d.Version == Version && d.Sequence > RequestSequence);

    /// <summary>The distinct people who approved the current version since its latest request, in order.</summary>
    public IReadOnlyList<RecordedDecision> ApprovalsOfCurrentVersion =>
        DecisionsOfCurrentRequest.Where(d => d.Verdict == DecisionVerdict.Approve).DistinctBy(d => d.Approver).ToArray();
}
