namespace ChatOps.Core.Evaluation;

/// <summary>How well the checker finds one rule's findings across an evaluation set.</summary>
public sealed record RuleScore(string Rule, FindingScore Score);
