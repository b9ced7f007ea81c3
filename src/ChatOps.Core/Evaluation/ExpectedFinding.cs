namespace ChatOps.Core.Evaluation;

/// <summary>A finding a case expects: the rule, and a verbatim substring of the offending statement.</summary>
public sealed record ExpectedFinding(string Rule, string Quote);
