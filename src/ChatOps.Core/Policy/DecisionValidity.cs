namespace ChatOps.Core.Policy;

/// <summary>How long an approval holds before it lapses, and how long before that its owner is reminded.</summary>
public sealed record DecisionValidity(TimeSpan Lifetime, TimeSpan RemindBefore);
