using System.Text.RegularExpressions;
using ChatOps.Core.Checking.Support;
using ChatOps.Core.Checking.Text;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Checking.Rules;

/// <summary>What the rules look up in the evidence: each source's numbers and words, and the set of source URIs.</summary>
internal sealed partial class EvidenceIndex
{
    private readonly Dictionary<string, HashSet<string>> specifics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> words = new(StringComparer.Ordinal);
    private readonly HashSet<string> uris = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceTerms> terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> normalized = new(StringComparer.Ordinal);

    public EvidenceIndex(EvidenceSet evidence)
    {
        Evidence = evidence;
        foreach (var source in evidence.Sources)
        {
            if (source.Uri is not null)
            {
                uris.Add(source.Uri);
            }
        }
    }

    public EvidenceSet Evidence { get; }

    /// <summary>The source's words as the support rule reads them, indexed on first use.</summary>
    public SourceTerms Terms(Source source)
    {
        if (!terms.TryGetValue(source.Id, out var indexed))
        {
            indexed = new SourceTerms(source, SupportLexicon.Default);
            terms[source.Id] = indexed;
        }

        return indexed;
    }

    public bool IsSourceUri(string url) => uris.Contains(url);

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
    public bool SourceHolds(Source source, string normalizedToken)
    {
        if (!specifics.TryGetValue(source.Id, out var set))
        {
            set = [];
            foreach (var token in SpecificTokenizer.Tokens(source.Text, new TextSpan(0, source.Text.Length), []))
            {
                set.Add(SpecificTokenizer.Normalize(token));
            }

            specifics[source.Id] = set;
        }

        return set.Contains(normalizedToken);
    }

    /// <summary>How many of the given content words the source's text shares; ranks sources for suggestions.</summary>
    public int Overlap(Source source, IReadOnlyCollection<string> contentWords)
    {
        if (!words.TryGetValue(source.Id, out var set))
        {
            set = ContentWords(source.Text);
            words[source.Id] = set;
        }

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
