namespace ChatOps.Core.Checking.Text;

/// <summary>A citation marker such as <c>[S1, S2]</c>: where it stands and the ids it names.</summary>
internal sealed record CitationMarker(TextSpan Span, IReadOnlyList<string> Ids);
