namespace ChatOps.Core.Drafting;

/// <summary>What a workflow has used of its budget on one UTC day: drafts started and money spent.</summary>
public sealed record BudgetUsage(long Drafts, decimal Cost)
{
    public static BudgetUsage None { get; } = new(0, 0m);
}
