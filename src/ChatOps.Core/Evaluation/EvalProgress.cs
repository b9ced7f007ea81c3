namespace ChatOps.Core.Evaluation;

/// <summary>Progress of an evaluation run: how many cases are done, of how many, and which finished last.</summary>
public sealed record EvalProgress(int Completed, int Total, string CaseId);
