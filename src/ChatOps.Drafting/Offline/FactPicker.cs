using ChatOps.Core.Evidence;

namespace ChatOps.Drafting.Offline;

/// <summary>Chooses, for each question of an outline, the facts that answer it best; a fact is told twice only where nothing else answers.</summary>
internal static class FactPicker
{
    private const int TimelineMax = 10;
    private const double ReuseScore = 1.5;

    public static Dictionary<Question, List<SourceFact>> Pick(WorkflowOutline outline, IReadOnlyList<SourceFact> facts)
    {
        var questions = outline.Sections.SelectMany(s => s.Questions).Where(q => !q.Timeline).ToArray();
        var picks = questions.ToDictionary(q => q, _ => new List<SourceFact>());
        var used = new HashSet<int>();

        // First each fact goes to the question it answers best, so a cause is not taken as impact because impact came first.
        var best = facts.ToDictionary(f => f.Order, f => questions.MaxBy(q => Score(f, q)));
        foreach (var question in questions)
        {
            Take(question, facts.Where(f => best[f.Order] == question), picks, used);
        }

        // Then a question still unanswered takes the best remaining fact that answers it at all, or its fallback.
        foreach (var question in questions.Where(q => picks[q].Count == 0 && (!q.Optional || q.Fallback)))
        {
            Take(question, facts, picks, used);
            if (picks[question].Count == 0 && question.Fallback
                && facts.FirstOrDefault(f => !used.Contains(f.Order) && question.Prefers.Contains(f.Kind)) is { } fallback)
            {
                picks[question].Add(fallback);
                used.Add(fallback.Order);
            }
        }

        // Last, a fact already told elsewhere may answer a still-open question too, when it answers it clearly.
        foreach (var question in questions.Where(q => picks[q].Count == 0 && !q.Optional))
        {
            var reused = facts.Where(f => Score(f, question) >= ReuseScore).OrderByDescending(f => Score(f, question)).ThenBy(f => f.Order).FirstOrDefault();
            if (reused is not null)
            {
                picks[question].Add(reused);
            }
        }

        // A timeline lists every dated event a log query, deploy or ticket supports, even one already told above.
        foreach (var question in outline.Sections.SelectMany(s => s.Questions).Where(q => q.Timeline))
        {
            picks[question] = facts
                .Where(f => f.TimeTokens.Count > 0 && (f.Kind.AnchorsTimeline() || f.Citations.Count > 1))
                .OrderBy(TimeKey, StringComparer.Ordinal).ThenBy(f => f.Order)
                .Take(TimelineMax)
                .ToList();
        }

        return picks;
    }

    private static void Take(Question question, IEnumerable<SourceFact> candidates, Dictionary<Question, List<SourceFact>> picks, HashSet<int> used)
    {
        var chosen = candidates
            .Where(f => !used.Contains(f.Order))
            .Select(f => (Fact: f, Score: Score(f, question)))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Fact.Order)
            .Take(question.Max)
            .Select(s => s.Fact)
            .ToList();
        picks[question].AddRange(chosen);
        used.UnionWith(chosen.Select(f => f.Order));
    }

    /// <summary>Facts no question (timelines included) took, in source order.</summary>
    public static IEnumerable<SourceFact> Rest(IReadOnlyList<SourceFact> facts, Dictionary<Question, List<SourceFact>> picks)
    {
        var used = picks.Values.SelectMany(l => l).Select(f => f.Order).ToHashSet();
        return facts.Where(f => !used.Contains(f.Order));
    }

    public static double Score(SourceFact fact, Question question)
    {
        var lower = fact.Text.ToLowerInvariant();
        // A cue written "!cause" is a strong cue and counts three times.
        double score = question.Cues.Sum(cue => cue[0] == '!' ? (Matches(lower, cue[1..]) ? 3 : 0) : (Matches(lower, cue) ? 1 : 0));
        if (score == 0)
        {
            return 0;
        }

        if (question.Prefers.Contains(fact.Kind))
        {
            score += 0.5;
        }

        return question.PrefersTime && fact.TimeTokens.Count > 0 ? score + 0.5 : score;
    }

    // Cues match at the start of a word ("restor" finds "restored"); short cues must be whole words ("ic" is not "ice").
    private static bool Matches(string lower, string cue)
    {
        if (!char.IsLetter(cue[0]))
        {
            return lower.Contains(cue, StringComparison.Ordinal);
        }

        for (var at = lower.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(cue, at + 1, StringComparison.Ordinal))
        {
            var end = at + cue.Length;
            var startsWord = at == 0 || !char.IsLetterOrDigit(lower[at - 1]);
            var endsWord = cue.Length > 3 || end == lower.Length || !char.IsLetterOrDigit(lower[end]);
            if (startsWord && endsWord)
            {
                return true;
            }
        }

        return false;
    }

    private static string TimeKey(SourceFact fact)
    {
        var date = fact.TimeTokens.FirstOrDefault(t => t.Length == 10 && t[4] == '-') ?? "";
        var clock = fact.TimeTokens.FirstOrDefault(t => t.Contains(':', StringComparison.Ordinal)) ?? "";
        return date + "T" + (clock.IndexOf(':', StringComparison.Ordinal) == 1 ? "0" + clock : clock);
    }
}
