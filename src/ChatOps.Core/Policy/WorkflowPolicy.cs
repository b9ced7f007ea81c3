namespace ChatOps.Core.Policy;

/// <summary>The rules one workflow runs under: who approves, how many, what evidence, where the text goes.</summary>
public sealed record WorkflowPolicy
{
    public required string Name { get; init; }

    public required RiskTier Tier { get; init; }

    public bool Enabled { get; init; } = true;

    /// <summary>Evidence kinds (wire names, e.g. <c>ticket</c>) a draft must cite before it may be submitted.</summary>
    public IReadOnlyList<string> RequiredEvidence { get; init; } = [];

    public required IReadOnlyList<string> ApproverRoles { get; init; }

    /// <summary>Distinct approvers needed; 2 is the two-person rule.</summary>
    public int ApprovalsRequired { get; init; } = 1;

    public bool DrafterMayApprove { get; init; }

    public required IReadOnlyList<string> AllowedModels { get; init; }

    public int RetentionDays { get; init; } = 365;

    public WriteBackTarget WriteBack { get; init; } = WriteBackTarget.Nowhere;

    /// <summary>Whether an approver may override checker findings with a written reason (tiers 0–1 only).</summary>
    public bool OverrideFindings { get; init; }

    /// <summary>When set, an approval lapses after this long.</summary>
    public DecisionValidity? Validity { get; init; }

    /// <summary>When set, a request still pending after this long nudges its approvers once (policy <c>remind_after_hours</c>).</summary>
    public TimeSpan? RemindAfter { get; init; }

    /// <summary>The approvals needed when the file does not say: two people at tier 4, otherwise one.</summary>
    public static int DefaultApprovals(RiskTier tier) => tier == RiskTier.AutonomousAction ? 2 : 1;
}
