using ChatOps.Core.Checking.Support;

namespace ChatOps.Core.Checking.Rules;

/// <summary><c>unsupported-claim</c>: a cited claim that states something none of the sources it cites states (spec v2, "Support").</summary>
internal sealed class UnsupportedClaimRule : IStatementRule
{
    private const int MostWordsNamed = 4;

    public Finding? Apply(StatementFacts statement, string draft, EvidenceIndex evidence)
    {
        if (statement.Support is not { Gaps: { } gaps } support)
        {
            return null;
        }

        return statement.ToFinding(RuleIds.UnsupportedClaim, Message(gaps, support), Suggestion(statement, gaps, support, evidence));
    }

    private static string Message(SupportGaps gaps, StatementSupport support)
    {
        var cited = string.Join(" or ", support.Cited.Select(s => s.Source.Id));
        var parts = new List<string>();
        if (gaps.Names.Count > 0)
        {
            parts.Add($"mentions {Quoted(gaps.Names, "or")}");
        }

        if (gaps.Organisations.Count > 0)
        {
            parts.Add($"names {Quoted(gaps.Organisations, "or")}");
        }

        if (gaps.Requesters.Count > 0)
        {
            parts.Add($"names who asks or reports as {Quoted(gaps.Requesters, "or")}");
        }

        foreach (var group in gaps.Signals.GroupBy(s => SignalClasses.Describe(s.Class)))
        {
            parts.Add($"states the {group.Key} {Quoted(group.Select(s => s.Word).ToList(), "or")}");
        }

        if (gaps.Outcomes.Count > 0)
        {
            parts.Add($"reports {Quoted(gaps.Outcomes, "or")}");
        }

        if (gaps.PolicyOutcomes.Count > 0)
        {
            parts.Add($"reports {Quoted(gaps.PolicyOutcomes, "or")} as done (only a policy source mentions it)");
        }

        if (gaps.PendingOutcomes.Count > 0)
        {
            parts.Add($"reports {Quoted(gaps.PendingOutcomes, "or")} as done (the sources give it as planned, pending or in progress)");
        }

        if (gaps.Widened.Count > 0)
        {
            parts.Add($"states the scope of {Quoted(gaps.Widened, "or")} as the whole group (the sources restrict it with 'with' or 'who')");
        }

        if (gaps.ExpectedOnly.Count > 0)
        {
            parts.Add($"states {Quoted(gaps.ExpectedOnly, "or")} as settled (the sources give it only as planned, pending or expected)");
        }

        if (gaps.CauseWords.Count >= SupportGaps.MinCauseWords)
        {
            parts.Add($"gives this cause ({Quoted(gaps.CauseWords, "and")})");
        }

        var contradicted = gaps.Contradicted.Count > 0 ? string.Join(" ", gaps.Contradicted) : null;
        if (parts.Count == 0 && contradicted is not null)
        {
            return contradicted;
        }

        if (contradicted is not null)
        {
            return $"No cited source ({cited}) {string.Join("; none ", parts)}. {contradicted}";
        }

        if (parts.Count == 0 && gaps.ReadsAsElsewhere)
        {
            return $"{cited} does not say this: it mentions none of {Quoted(gaps.Missing, "or")}; the citation may point at a source about something else.";
        }

        return $"No cited source ({cited}) {string.Join("; none ", parts)}.";
    }

    private static string Suggestion(StatementFacts statement, SupportGaps gaps, StatementSupport support, EvidenceIndex evidence)
    {
        var advice = support.Closest is { } closest
            ? $"the closest cited sentence is {closest}; say only what it says, in its words"
            : "say only what the cited sources say, in their words";

        var wanted = gaps.Names.Concat(gaps.Organisations).ToList();
        if (wanted.Count > 0)
        {
            var others = evidence.Evidence.Sources
                .Where(s => !statement.Cited.Contains(s))
                .Where(s => wanted.All(w => s.Text.Contains(w.Split(' ')[^1], StringComparison.OrdinalIgnoreCase)))
                .Select(s => s.Id)
                .ToList();
            if (others.Count > 0)
            {
                return $"{advice}; or cite {string.Join(" or ", others)}, which mentions {Quoted(wanted, "and")}, if it says this";
            }
        }

        return $"{advice}; or cite a source that states the rest, or label it: `UNKNOWN: …`";
    }

    private static string Quoted(List<string> words, string conjunction)
    {
        var shown = words.Take(MostWordsNamed).Select(w => $"'{w}'").ToList();
        if (words.Count > MostWordsNamed)
        {
            shown.Add("…");
        }

        return shown.Count == 1 ? shown[0] : $"{string.Join(", ", shown.Take(shown.Count - 1))} {conjunction} {shown[^1]}";
    }
}
