using System.Text.RegularExpressions;
using ChatOps.Core.Checking.Support;
using ChatOps.Core.Checking.Text;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Checking.Rules;

/// <summary>What the rules look up in the evidence: each source's numbers and words, and the set of source URIs.</summary>
internal sealed partial class EvidenceIndex
{
    private readonly Dictionary<string, string> normalized = new(StringComparer.Ordinal);
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

    /// <summary>The token in the form sources are compared in (<see cref="SpecificTokenizer.Normalize"/>), worked out once per token.</summary>
    public string Normalized(string token)
    {
        if (!normalized.TryGetValue(token, out var form))
        {
            form = SpecificTokenizer.Normalize(token);
            normalized[token] = form;
        }

        return form;
    }

    /// <summary>Whether the source's text holds the token, cut and compared as the spec says.</summary>
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
}
