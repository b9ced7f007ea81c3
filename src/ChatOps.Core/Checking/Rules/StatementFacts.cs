using ChatOps.Core.Checking.Text;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Checking.Rules;

/// <summary>Everything the rules need to know about one statement, worked out once.</summary>
/// <remarks>One instance per check, refilled for each statement (the rules read it while the statement is checked and
/// keep nothing of it): a draft of thousands of statements would otherwise allocate one per statement.</remarks>
internal sealed class StatementFacts
{
    public TextSpan Span { get; private set; }

    public string Text { get; private set; } = "";

    public int Line { get; private set; }

    public StatementKind Kind { get; private set; }

    public string Plain { get; private set; } = "";

    public IReadOnlyList<Source> Cited { get; private set; } = [];

    public IReadOnlyList<string> UnknownIds { get; private set; } = [];

    public IReadOnlyList<TextSpan> Urls { get; private set; } = [];

    public IReadOnlyList<string> Specifics { get; private set; } = [];

    public bool IsTimelineEntry { get; private set; }

    public string? Cue { get; private set; }

    /// <summary>For a cited claim: its reading against the cited sources (gaps judged only when it has no speculation cue).</summary>
    public StatementSupport? Support { get; private set; }

    public bool IsClaim => Kind == StatementKind.Claim;

    /// <summary>Makes this the facts of the next statement.</summary>
    public StatementFacts Fill(
        TextSpan span,
        string text,
        int line,
        StatementKind kind,
        string plain,
        IReadOnlyList<Source> cited,
        IReadOnlyList<string> unknownIds,
        IReadOnlyList<TextSpan> urls,
        IReadOnlyList<string> specifics,
        bool isTimelineEntry,
        string? cue,
        StatementSupport? support)
    {
        Span = span;
        Text = text;
        Line = line;
        Kind = kind;
        Plain = plain;
        Cited = cited;
        UnknownIds = unknownIds;
        Urls = urls;
        Specifics = specifics;
        IsTimelineEntry = isTimelineEntry;
        Cue = cue;
        Support = support;
        return this;
    }

    /// <summary>Drops the last statement's text and lists, so that nothing of a finished check is kept alive.</summary>
    public void Clear() => Fill(default, "", 0, default, "", [], [], [], [], false, null, null);

    public Finding ToFinding(string rule, string message, string suggestion) =>
        new(rule, Text, Span.Start, Span.End, Line, message, suggestion);
}
