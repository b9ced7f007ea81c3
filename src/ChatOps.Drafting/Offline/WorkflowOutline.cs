namespace ChatOps.Drafting.Offline;

/// <summary>The shape of one workflow's draft: title, sections of questions, and courtesy lines that need no citation.</summary>
internal sealed record WorkflowOutline(string Workflow, string Title, IReadOnlyList<OutlineSection> Sections)
{
    public IReadOnlyList<string> Opening { get; init; } = [];

    public IReadOnlyList<string> Closing { get; init; } = [];

    /// <summary>Facts no question took are listed under this heading when set (a facts list wants them all).</summary>
    public string? RestHeading { get; init; }
}
