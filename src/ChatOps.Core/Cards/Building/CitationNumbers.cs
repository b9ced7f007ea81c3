using System.Globalization;
using System.Text;
using ChatOps.Core.Checking.Text;
using ChatOps.Core.Evidence;

namespace ChatOps.Core.Cards.Building;

/// <summary>
/// Reads an edit written against a card: the markers people see (<c>[1]</c>, <c>[2]</c>) are numbers in the citation
/// list of the version they edited, and become that version's source ids again; source ids are kept as written.
/// </summary>
public static class CitationNumbers
{
    /// <summary>
    /// The edit with every shown number replaced by its source id. When the edit shows exactly what the edited version
    /// showed (an unchanged edit, or one that only reflowed nothing), the edited version's own text is returned, so the
    /// version does not change.
    /// </summary>
    /// <param name="edit">The text the person wrote or kept.</param>
    /// <param name="editedText">The stored text (with source ids) of the version being edited.</param>
    /// <param name="editedEvidence">The sources of the version being edited; its citation list numbers them.</param>
    public static string ToSourceIds(string edit, string editedText, EvidenceSet editedEvidence)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(editedText);
        ArgumentNullException.ThrowIfNull(editedEvidence);
        var shown = CitationNumbering.Number(editedText, editedEvidence);
        var byNumber = shown.Citations.ToDictionary(c => c.Number.ToString(CultureInfo.InvariantCulture), c => c.SourceId, StringComparer.Ordinal);
        var text = new StringBuilder(edit.Length);
        var last = 0;
        foreach (var marker in CitationMarkerScanner.Scan(edit, new TextSpan(0, edit.Length)))
        {
            // A token that is a source id of this evidence stays what it is, even if it looks like a number.
            var ids = marker.Ids.Select(id => !editedEvidence.Contains(id) && byNumber.TryGetValue(id, out var sourceId) ? sourceId : id).ToArray();
            if (ids.SequenceEqual(marker.Ids, StringComparer.Ordinal))
            {
                continue;
            }

            text.Append(edit, last, marker.Span.Start - last).Append('[').AppendJoin(", ", ids).Append(']');
            last = marker.Span.End;
        }

        text.Append(edit, last, edit.Length - last);
        var mapped = text.ToString();
        return string.Equals(CitationNumbering.Number(mapped, editedEvidence).Text, shown.Text, StringComparison.Ordinal) ? editedText : mapped;
    }
}
