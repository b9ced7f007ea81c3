namespace ChatOps.Core.Drafting;

/// <summary>A workflow's drafting budget for one UTC day: at most this many drafts and this much spend; null is no limit.</summary>
public sealed record DailyLimit(long? Drafts, decimal? Cost)
{
    public bool IsUnlimited => Drafts is null && Cost is null;
}
