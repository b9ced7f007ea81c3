namespace ChatOps.Core.Evidence;

/// <summary>One primary artifact a draft may cite by <see cref="Id"/>; the rules read <see cref="Text"/>, never the title.</summary>
public sealed record Source(string Id, SourceKind Kind, string Title, string? Uri, string Text)
{
    /// <summary>How sensitive the source is; unlabelled sources count as internal.</summary>
    public Sensitivity Sensitivity { get; init; } = Sensitivity.Internal;
}
