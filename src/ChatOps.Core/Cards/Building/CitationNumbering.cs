using System.Text;
using ChatOps.Core.Checking;
using ChatOps.Core.Checking.Text;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Cards.Building;

/// <summary>
/// Rewrites citation markers as numbers (<c>[S2]</c> → <c>[1]</c>) in order of first use. A number stands for a source
/// and the sentence of it that supports the claim (the checker's support span), so the same source cited for two
/// claims gets two numbers when different sentences back them; the supporting sentence is the citation's abstract.
/// </summary>
public static class CitationNumbering
{
    private const int AbstractLength = 240;

    public static CardDraft Number(string draft, EvidenceSet evidence, string? versionHash = null) => Number(draft, evidence, versionHash, out _);

    /// <summary>Numbers the draft and gives <paramref name="offsets"/>, which maps an offset in the draft to the same place in the numbered text.</summary>
    public static CardDraft Number(string draft, EvidenceSet evidence, string? versionHash, out Func<int, int> offsets)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(evidence);
        var statements = new CiteFirstChecker().Check(evidence, draft).Statements;
        var numbers = new Dictionary<(string Id, int SupportStart), int>();
        var citations = new List<CardCitation>();
        var text = new StringBuilder(draft.Length);
        var last = 0;
        var at = 0;
        var moves = new List<(int Start, int End, int NewStart, int NewEnd)>();
        foreach (var marker in CitationMarkerScanner.Scan(draft, new TextSpan(0, draft.Length)))
        {
            text.Append(draft, last, marker.Span.Start - last);
            var newStart = text.Length;
            while (at < statements.Count && statements[at].End <= marker.Span.Start)
            {
                at++;
            }

            var statement = at < statements.Count && statements[at].Start <= marker.Span.Start ? statements[at] : null;
            var parts = new List<string>();
            foreach (var id in marker.Ids)
            {
                if (!evidence.TryGet(id, out var source))
                {
                    parts.Add(id);
                    continue;
                }

                var support = statement?.Support.FirstOrDefault(s => s.SourceId == id);
                var key = (id, support?.Start ?? -1);
                if (!numbers.TryGetValue(key, out var number))
                {
                    number = numbers.Count + 1;
                    numbers[key] = number;
                    citations.Add(new CardCitation(number, id, source.Kind.ToWireName(), Title(source), source.Uri, Abstract(support?.Text ?? source.Text))
                    {
                        SupportingSentence = support?.Text,
                    });
                }

                parts.Add(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            text.Append('[').AppendJoin("][", parts).Append(']');
            moves.Add((marker.Span.Start, marker.Span.End, newStart, text.Length));
            last = marker.Span.End;
        }

        text.Append(draft, last, draft.Length - last);
        offsets = offset => Map(moves, offset);
        return new CardDraft(text.ToString(), citations) { VersionHash = versionHash };
    }

    /// <summary>Text before a marker keeps its place; text after moves with the marker's new length; inside a marker maps to its new end.</summary>
    private static int Map(List<(int Start, int End, int NewStart, int NewEnd)> moves, int offset)
    {
        var shift = 0;
        foreach (var (start, end, newStart, newEnd) in moves)
        {
            if (offset <= start)
            {
                break;
            }

            if (offset < end)
            {
                return newEnd;
            }

            shift = newEnd - end;
        }

        return offset + shift;
    }

    private static string Title(Source source) => string.IsNullOrWhiteSpace(source.Title) ? source.Id : source.Title;

    private static string Abstract(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= AbstractLength ? flat : string.Concat(flat.AsSpan(0, AbstractLength - 1), "…");
    }
}
