using ChatOps.Core.Checking.Signals;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Checking.Rules;

/// <summary><c>timeline-missing-reference</c>: a past event at a time or date cited only to sources that cannot anchor a timeline.</summary>
internal sealed class TimelineMissingReferenceRule : IStatementRule
{
    public Finding? Apply(StatementFacts statement, string draft, EvidenceIndex evidence)
    {
        if (!statement.IsClaim || statement.Cited.Count == 0 || AnyAnchorsTimeline(statement.Cited))
        {
            return null;
        }

        if (!TimelineSignals.HasTimeOrDate(statement.Plain)
            || !(statement.IsTimelineEntry || TimelineSignals.SpeaksOfPast(statement.Plain)))
        {
            return null;
        }

        var cited = string.Join(", ", statement.Cited.Select(s => $"{s.Id} ({s.Kind.ToWireName()})"));
        var anchors = SourceSuggestions.Rank(evidence, statement.Plain, s => s.Kind.AnchorsTimeline());
        var suggestion = anchors.Count > 0
            ? $"cite the record of the event as well, one of: {SourceSuggestions.Describe(anchors)}"
            : "add the log query, deploy or ticket that records the event to the evidence and cite it";
        return statement.ToFinding(RuleIds.TimelineMissingReference,
            $"A past event at a time or date cites only {cited}; a timeline item needs a log-query, deploy or ticket.",
            suggestion);
    }

    private static bool AnyAnchorsTimeline(IReadOnlyList<Source> cited)
    {
        for (var i = 0; i < cited.Count; i++)
        {
            if (cited[i].Kind.AnchorsTimeline())
            {
                return true;
            }
        }

        return false;
    }
}
