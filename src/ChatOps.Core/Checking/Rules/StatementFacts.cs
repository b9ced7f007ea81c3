using ChatOps.Core.Checking.Text;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Checking.Rules;

/// <summary>Everything the rules need to know about one statement, worked out once.</summary>
internal sealed record StatementFacts(
    TextSpan Span,
    string Text,
    int Line,
    StatementKind Kind,
    string Plain,
    IReadOnlyList<Source> Cited,
    IReadOnlyList<string> UnknownIds,
    IReadOnlyList<TextSpan> Urls,
    IReadOnlyList<string> Specifics,
    bool IsTimelineEntry,
    string? Cue)
{
    /// <summary>For a cited claim: its reading against the cited sources (gaps judged only when it has no speculation cue).</summary>
    public StatementSupport? Support { get; init; }

    public bool IsClaim => Kind == StatementKind.Claim;

    public Finding ToFinding(string rule, string message, string suggestion) =>
        new(rule, Text, Span.Start, Span.End, Line, message, suggestion);
}
