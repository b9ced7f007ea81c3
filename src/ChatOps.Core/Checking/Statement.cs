namespace ChatOps.Core.Checking;

/// <summary>One statement of a draft: <c>draft[Start..End] == Text</c>, offsets in UTF-16 code units, End exclusive.</summary>
public sealed record Statement(string Text, int Start, int End, int Line, StatementKind Kind, IReadOnlyList<string> Citations)
{
    public bool NeedsCitation => Kind == StatementKind.Claim;

    /// <summary>For a cited claim, the sentences of each cited source closest to it, best first per source; empty otherwise.</summary>
    public IReadOnlyList<SupportSpan> Support { get; init; } = [];
}
