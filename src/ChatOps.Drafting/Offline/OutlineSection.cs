namespace ChatOps.Drafting.Offline;

/// <summary>A heading of a workflow's draft and the questions answered under it.</summary>
internal sealed record OutlineSection(string Heading, IReadOnlyList<Question> Questions);
