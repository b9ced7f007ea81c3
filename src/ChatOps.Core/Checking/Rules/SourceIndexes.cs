using System.Collections.Concurrent;
using ChatOps.Core.Checking.Support;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Checking.Rules;

/// <summary>
/// The checker's indexes of one evidence set, built per source on first use and kept with the evidence set
/// (<see cref="EvidenceSet.Derived{T}"/>): checking the same evidence again re-reads no source. Thread-safe: every
/// index is read-only once built.
/// </summary>
internal sealed class SourceIndexes
{
    private readonly ConcurrentDictionary<string, SourceTerms> terms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HashSet<string>> specifics = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HashSet<string>> words = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> uris;
    private readonly SourceIndexCache cache;

    /// <param name="evidence">The evidence set indexed.</param>
    /// <param name="cache">The checker's indexes of sources already read, in this evidence set or another.</param>
    public SourceIndexes(EvidenceSet evidence, SourceIndexCache cache)
    {
        this.cache = cache;
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in evidence.Sources)
        {
            if (source.Uri is not null)
            {
                set.Add(source.Uri);
            }
        }

        uris = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool IsSourceUri(ReadOnlySpan<char> url) => uris.Contains(url);

    /// <summary>The source's words as the support rule reads them.</summary>
    public SourceTerms Terms(Source source) =>
        terms.TryGetValue(source.Id, out var indexed)
            ? indexed
            : terms.GetOrAdd(source.Id, static (_, a) => a.Cache.Terms(a.Source), (Cache: cache, Source: source));

    /// <summary>The source's numbers and identifiers in their compared form.</summary>
    public HashSet<string> Specifics(Source source) =>
        specifics.TryGetValue(source.Id, out var set)
            ? set
            : specifics.GetOrAdd(source.Id, static (_, a) => a.Cache.Specifics(a.Source), (Cache: cache, Source: source));

    /// <summary>The source's content words, for ranking suggestions.</summary>
    public HashSet<string> Words(Source source) =>
        words.TryGetValue(source.Id, out var set) ? set : words.GetOrAdd(source.Id, static (_, a) => a.Cache.Words(a.Source), (Cache: cache, Source: source));
}
