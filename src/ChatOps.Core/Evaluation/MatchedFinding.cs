using ChatOps.Core.Checking;

namespace ChatOps.Core.Evaluation;

/// <summary>An expected finding paired with the reported finding that satisfied it.</summary>
public sealed record MatchedFinding(ExpectedFinding Expected, Finding Reported);
