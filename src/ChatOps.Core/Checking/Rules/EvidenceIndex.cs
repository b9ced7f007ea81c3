using System.Text.RegularExpressions;
using ChatOps.Core.Checking.Support;
using ChatOps.Core.Checking.Text;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Checking.Rules;

/// <summary>What the rules look up in the evidence: each source's numbers and words, and the set of source URIs.</summary>
internal sealed partial class EvidenceIndex
{
    private readonly Dictionary<string, TokenReads> tokens = new(StringComparer.Ordinal);
    private readonly SourceIndexes indexes;

    public EvidenceIndex(EvidenceSet evidence, SourceIndexCache cache)
    {
        Evidence = evidence;
        indexes = evidence.Derived(e => new SourceIndexes(e, cache));
    }

    public EvidenceSet Evidence { get; }

    /// <summary>The source's words as the support rule reads them, indexed on first use.</summary>
    public SourceTerms Terms(Source source) => indexes.Terms(source);

    public bool IsSourceUri(ReadOnlySpan<char> url) => indexes.IsSourceUri(url);

    /// <summary>
    /// Whether the source's text holds the token (<see cref="SpecificTokenizer.Normalize"/>d), cut and compared as the
    /// spec says: the form worked out once per token in a check, and the answers of its first few sources kept with it
    /// (a draft repeats its figures against the same sources).
    /// </summary>
    public bool SourceHoldsToken(Source source, string token)
    {
        ref var reads = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(tokens, token, out var exists);
        if (!exists)
        {
            reads.Form = SpecificTokenizer.Normalize(token);
        }

        return reads.Holds(source, this);
    }

    /// <summary>Whether the source's text holds the token, already in its compared form.</summary>
    public bool SourceHolds(Source source, string normalizedToken) => indexes.Specifics(source).Contains(normalizedToken);

    /// <summary>How many of the given content words the source's text shares; ranks sources for suggestions.</summary>
    public int Overlap(Source source, IReadOnlyCollection<string> contentWords)
    {
        var set = indexes.Words(source);
        var count = 0;
        foreach (var word in contentWords)
        {
            if (set.Contains(word))
            {
                count++;
            }
        }

        return count;
    }

    public static HashSet<string> ContentWords(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in Word().EnumerateMatches(text))
        {
            if (match.Length >= 4)
            {
                set.Add(text.Substring(match.Index, match.Length).ToLowerInvariant());
            }
        }

        return set;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}.,:%$£€-]*[\p{L}\p{N}%]")]
    private static partial Regex Word();

    // A token's compared form and what its first sources answered, kept in place in the token table.
    private struct TokenReads
    {
        public string Form;
        private Source? first;
        private Source? second;
        private bool firstHolds;
        private bool secondHolds;

        public bool Holds(Source source, EvidenceIndex index)
        {
            if (ReferenceEquals(source, first))
            {
                return firstHolds;
            }

            if (ReferenceEquals(source, second))
            {
                return secondHolds;
            }

            var holds = index.SourceHolds(source, Form);
            if (first is null)
            {
                (first, firstHolds) = (source, holds);
            }
            else if (second is null)
            {
                (second, secondHolds) = (source, holds);
            }

            return holds;
        }
    }
}
