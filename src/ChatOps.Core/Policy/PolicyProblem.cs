namespace ChatOps.Core.Policy;

/// <summary>One thing wrong with a policy: where (a dotted path such as <c>workflows.postmortem.tier</c>), what, and the fix.</summary>
public sealed record PolicyProblem(string Path, string Message, string Fix);
