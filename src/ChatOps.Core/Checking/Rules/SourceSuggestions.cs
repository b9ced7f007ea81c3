using ChatOps.Core.Evidence;

namespace ChatOps.Core.Checking.Rules;

/// <summary>Names the sources most likely to back a statement, for "cite one of: S2 (deploy), S4 (log-query)".</summary>
internal static class SourceSuggestions
{
    public static IReadOnlyList<Source> Rank(EvidenceIndex evidence, string plain, Func<Source, bool>? filter = null, int most = 3)
    {
        var contentWords = EvidenceIndex.ContentWords(plain);
        var candidates = evidence.Evidence.Sources.Where(s => filter is null || filter(s)).ToList();
        var ranked = candidates
            .Select((source, order) => (source, order, score: evidence.Overlap(source, contentWords)))
            .OrderByDescending(x => x.score)
            .ThenBy(x => x.order)
            .ToList();
        var matching = ranked.Where(x => x.score > 0).Take(most).Select(x => x.source).ToList();
        return matching.Count > 0 ? matching : ranked.Take(Math.Max(most, 5)).Select(x => x.source).ToList();
    }

    public static string Describe(IEnumerable<Source> sources) =>
        string.Join(", ", sources.Select(s => $"{s.Id} ({s.Kind.ToWireName()})"));
}
