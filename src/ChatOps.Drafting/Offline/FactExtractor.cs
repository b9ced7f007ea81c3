using System.Text.RegularExpressions;
using ChatOps.Core.Evidence;
using ChatOps.Core.Drafting;

namespace ChatOps.Drafting.Offline;

/// <summary>Cuts every source into citable facts: one sentence or clause each, words kept exactly as the source writes them.</summary>
internal static partial class FactExtractor
{
    public static IReadOnlyList<SourceFact> Extract(EvidenceSet evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var facts = new List<SourceFact>();
        foreach (var source in evidence.Sources)
        {
            foreach (var text in Sentences(source))
            {
                var asked = text.EndsWith('?');
                if ((!asked || QuotesQuestions(source.Kind)) && Citations(source, text, evidence) is { } citations)
                {
                    facts.Add(new SourceFact(source.Id, source.Kind, text, facts.Count, citations) { Asked = asked });
                }
            }
        }

        return facts;
    }

    private static IEnumerable<string> Sentences(Source source)
    {
        foreach (var raw in source.Text.ReplaceLineEndings("\n").Split('\n'))
        {
            // Evidence is data: from the first line that tries to instruct the model, the rest of that source is not used.
            if (InjectionScanner.Find(raw) is not null)
            {
                yield break;
            }

            var line = LeadingBracket().Replace(raw.Trim(), "");
            if (line.Length == 0 || Rule().IsMatch(line) || line.StartsWith("query:", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            line = ResultPrefix().Replace(line, "Query result: ");
            foreach (var sentence in SentenceEnd().Split(line))
            {
                foreach (var clause in Clauses(sentence))
                {
                    if (Clean(clause) is { } fact)
                    {
                        yield return fact;
                    }
                }
            }
        }
    }

    // Clauses are split only when each part can stand alone; "05:37 UTC 4,920; 08:55 UTC 1,100" stays whole.
    private static string[] Clauses(string sentence)
    {
        var parts = sentence.Split("; ");
        return parts.Length > 1 && parts.All(p => WordCount(p) >= 4) ? parts : [sentence];
    }

    private static string? Clean(string text)
    {
        var fact = Spaces().Replace(text, " ").Trim().TrimEnd('.', ';', ',', ':').Trim();
        if (WordCount(fact) < 2 || fact.TrimEnd('?').Contains('?', StringComparison.Ordinal) || fact.Contains("://", StringComparison.Ordinal)
            || fact.Contains('`', StringComparison.Ordinal) || !fact.Any(char.IsLetter))
        {
            return null;
        }

        // Brackets in source text would read as citation markers; parentheses cut tokens the same way.
        // Case is kept as written: "tnowak" or "mqtt" may be identifiers.
        return HeaderOnly().IsMatch(fact) ? null : fact.Replace('[', '(').Replace(']', ')');
    }

    /// <summary>The ids a line stating <paramref name="text"/> cites, or null when it cannot be stated without breaking a rule.</summary>
    private static string[]? Citations(Source source, string text, EvidenceSet evidence)
    {
        var times = SpecCues.TimeTokens(text);
        if (times.Count == 0 || source.Kind.AnchorsTimeline())
        {
            return [source.Id];
        }

        // A dated fact from a chat message, doc or dashboard also cites a log query, deploy or ticket that holds the same times.
        var anchor = evidence.Sources.FirstOrDefault(s => s.Kind.AnchorsTimeline() && times.All(SpecCues.TimeTokens(s.Text).Contains));
        if (anchor is not null)
        {
            return [source.Id, anchor.Id];
        }

        var onlyDates = times.All(t => !t.Contains(':', StringComparison.Ordinal));
        return onlyDates && SpecCues.HasFutureCue(text) ? [source.Id] : null;
    }

    // What a customer or colleague asked is part of a ticket or message; elsewhere a question is not evidence.
    private static bool QuotesQuestions(SourceKind kind) => kind is SourceKind.Ticket or SourceKind.Statement or SourceKind.ChatMessage;

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // "SUP-60110 From: Ilse" is a ticket header, not a fact.
    [GeneratedRegex(@"^(\S+\s+)?From:\s*[^.:]{1,40}$")]
    private static partial Regex HeaderOnly();

    [GeneratedRegex(@"^\[[^\]]*\]\s*")]
    private static partial Regex LeadingBracket();

    [GeneratedRegex(@"^[-=*_\s]+$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^result\s*:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ResultPrefix();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
